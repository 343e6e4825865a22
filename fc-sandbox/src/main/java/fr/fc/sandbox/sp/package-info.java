/**
 * The demo service provider (SP): a relying party of fc written only against the FranceConnect
 * contract, v2 by default. It reads fc's discovery document, sends the citizen to fc's
 * authorization endpoint (state, nonce, PKCE S256), exchanges the code with client_secret_post,
 * checks the ID token and the signed userinfo against fc's JWKS, shows the identity it received,
 * and logs out through fc.
 *
 * <p>Its "Mes données fiscales" path ({@code GET /sp/tax-data}) logs in with the scope {@code
 * fc.sandbox.sp.tax-data-scope} (DGFiP data scopes included), then, with the access token and
 * before it expires, reads the citizen's tax data at the tax data provider ({@code
 * fc.sandbox.sp.tax-data-url}, by default the sandbox's own {@code /dp/api/dgfip}) and shows them,
 * or the provider's refusal in clear words; a citizen who refused at fc ({@code access_denied})
 * is told that the data were not shared.
 *
 * <p>Its v1 mode ({@code GET /sp/login?api=v1}, the home page's "API v1 (historique)" button) logs
 * in as an SP written for FranceConnect v1, unchanged but for fc's base URL and its credentials
 * ({@code fc.sandbox.sp.v1.*}, a legacy SP registered with HS256): authorize at {base}/api/v1
 * without PKCE, the code exchanged with client_secret_post, the ID token checked as HS256 keyed
 * with the client secret (with fc's issuer, the audience, the expiry, the nonce and an idp claim),
 * userinfo read as plain JSON, logout at {base}/api/v1/logout. The version is kept with the login
 * attempt and the ID token, so that the callback and the logout use its endpoints and checks.
 *
 * <p>Its other registrations in fc ({@link fr.fc.sandbox.sp.SpVariant}: {@code GET
 * /sp/login?variant=private|prompt|filtered}, the home page's last buttons and the portal's) log in
 * as clients of their own, with the same redirect URI: a private SP that fc asks the citizen's
 * consent for, one whitelisted for the {@code prompt=login} it sends (no information page), one
 * without the Ameli IdP. The variant is kept with the login attempt, so that the callback uses its
 * client. A citizen who gave up at fc ({@code access_denied} with this browser's state) gets a page
 * that says so kindly, with a button to try again as the same registration.
 */
package fr.fc.sandbox.sp;
