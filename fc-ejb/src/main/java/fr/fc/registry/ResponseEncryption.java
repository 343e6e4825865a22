package fr.fc.registry;

import java.util.Set;

/**
 * How fc encrypts a FranceConnect+ SP's ID tokens and userinfo responses (contract section 1.9): to
 * a key of its JWKS, with the JWE key algorithm and content encryption it registered for each.
 *
 * @param jwksUri where the SP publishes its public keys
 * @param idTokenAlg ECDH-ES, RSA-OAEP or RSA-OAEP-256
 * @param idTokenEnc A256GCM
 * @param userinfoAlg ECDH-ES, RSA-OAEP or RSA-OAEP-256
 * @param userinfoEnc A256GCM
 */
public record ResponseEncryption(
    String jwksUri, String idTokenAlg, String idTokenEnc, String userinfoAlg, String userinfoEnc) {

  /** The JWE key algorithms of the contract. */
  public static final Set<String> ALGORITHMS = Set.of("ECDH-ES", "RSA-OAEP", "RSA-OAEP-256");

  /** The contract's only content encryption. */
  public static final Set<String> CONTENT_ENCRYPTIONS = Set.of("A256GCM");
}
