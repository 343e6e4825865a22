package fr.fc.sandbox.idp;

import java.util.Optional;
import org.jose4j.jwt.JwtClaims;

/** How a demo IdP signs the JWTs it gives fc, and recognises them when fc hands one back. */
interface IdpSigner {

  /** The JWS algorithm, as its discovery document announces it. */
  String algorithm();

  /** The claims as a compact JWS. */
  String sign(JwtClaims claims);

  /**
   * The claims of a JWT this signer signed, whatever its other claims say: an expired ID token is a
   * valid id_token_hint (OIDC RP-Initiated Logout 2).
   */
  Optional<JwtClaims> verify(String jwt);

  /** The public keys to check its signatures with, as a JWK Set (RFC 7517 5). */
  String publicJwks();
}
