/**
 * The sandbox's demo tax data provider (fournisseur de données): a fictitious DGFiP that releases
 * tax data to SPs, with the citizen's consent, through fc's token check (contract sections 3.2 and
 * 3.3). It knows nothing of fc but the contract: fc's issuer and the credentials fc registered for
 * it ({@code fc.sandbox.dp.client-id}, {@code fc.sandbox.dp.client-secret}).
 *
 * <ul>
 *   <li>{@code GET /dp/jwks}: its public encryption key (P-256, {@code use: enc}, {@code alg:
 *       ECDH-ES}), new at every start, cached 60 s at most: the {@code jwks_uri} fc encrypts its
 *       checktoken answers to.
 *   <li>{@code GET /dp/api/dgfip}, and the same at {@code GET
 *       /dp/situations/ir/assiettes/annrev/{year}}: with the SP's access token as {@code
 *       Authorization: Bearer}, it posts the token with its credentials to {@code
 *       {issuer}/checktoken}, decrypts the JWE answer, verifies the JWS inside with fc's JWKS
 *       ({@code {issuer}/jwks}, ES256 or RS256; iss fc's issuer, aud its client_id), then finds the
 *       citizen's household and answers the fields of the granted scopes ({@code dgfip_rfr} →
 *       {@code rfr}, {@code dgfip_nbpart} → {@code nbPart}, {@code dgfip_sitfam} → {@code sitFam},
 *       {@code dgfip_pac} and {@code dgfip_nbpac} → {@code pac}, {@code dgfip_aft} → {@code aft}
 *       and {@code aftDetail}; empty values as null).
 * </ul>
 *
 * <p>Refusals are JSON {@code {"error", "message"}}: 400 {@code invalid_request} (no Bearer token,
 * a year that is not 4 digits), 401 {@code invalid_token} (fc says the token is not active), 403
 * {@code insufficient_scope} (no scope of this provider granted), 404 {@code not_found} (no
 * household, or several, match the citizen), 502 {@code fc_unavailable} (fc unreachable, refusing
 * the provider's credentials, or answering what it cannot decrypt or verify).
 *
 * <p>The households are in {@code foyers-fiscaux.json}, beside this package in the resources:
 * fictitious people and figures, one household per demo account of the demo IdPs that logs in,
 * declared under the identity fc sends after its RNIPP check. A household matches when the first
 * given name and the family name (upper case, accents stripped), the birth date, the gender and the
 * birth country are the citizen's, as in FranceConnect's FD example. The demo account {@code
 * algerie} has no household on purpose: its request answers 404.
 */
package fr.fc.sandbox.dp;
