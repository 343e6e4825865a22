/**
 * The demo service provider (SP): a relying party of fc written only against the FranceConnect v2
 * contract. It reads fc's discovery document, sends the citizen to fc's authorization endpoint
 * (state, nonce, PKCE S256), exchanges the code with client_secret_post, checks the ID token and
 * the signed userinfo against fc's JWKS, shows the identity it received, and logs out through fc.
 *
 * <p>Its "Mes données fiscales" path ({@code GET /sp/tax-data}) logs in with the scope {@code
 * fc.sandbox.sp.tax-data-scope} (DGFiP data scopes included), then, with the access token and
 * before it expires, reads the citizen's tax data at the tax data provider ({@code
 * fc.sandbox.sp.tax-data-url}, by default the sandbox's own {@code /dp/api/dgfip}) and shows them,
 * or the provider's refusal in clear words; a citizen who refused at fc ({@code access_denied})
 * is told that the data were not shared.
 */
package fr.fc.sandbox.sp;
