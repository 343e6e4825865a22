/**
 * The demo service provider (SP): a relying party of fc written only against the FranceConnect v2
 * contract. It reads fc's discovery document, sends the citizen to fc's authorization endpoint
 * (state, nonce, PKCE S256), exchanges the code with client_secret_post, checks the ID token and
 * the signed userinfo against fc's JWKS, shows the identity it received, and logs out through fc.
 */
package fr.fc.sandbox.sp;
