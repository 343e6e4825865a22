package fr.fc.audit;

import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.json.JsonUtil;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** A checkpoint as fc signed it (AuditCheckpoints), read back once its signature is checked. */
public final class SignedCheckpoint {

  /** The claim of a checkpoint JWS. */
  public static final String CLAIM = "audit_checkpoint";

  private SignedCheckpoint() {}

  /**
   * @param jwks fc's public keys, as its jwks endpoint served them
   * @throws IllegalArgumentException when the signature does not verify or the content is not a checkpoint
   */
  public static AuditVerification.Checkpoint verify(String jws, String jwks) throws JoseException {
    JsonWebSignature signature = new JsonWebSignature();
    signature.setAlgorithmConstraints(
        new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
    signature.setCompactSerialization(jws);
    signature.setKey(
        new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()).resolveKey(signature, List.of()));
    if (!signature.verifySignature()) {
      throw new IllegalArgumentException("the checkpoint's signature does not verify with these keys");
    }
    Object content = JsonUtil.parseJson(signature.getPayload()).get(CLAIM);
    if (!(content instanceof Map<?, ?> checkpoint)) {
      throw new IllegalArgumentException("the JWS is not an audit checkpoint");
    }
    return new AuditVerification.Checkpoint(
        number(checkpoint, "first_id"), (String) checkpoint.get("first_previous_hash"), number(checkpoint, "last_id"),
        (String) checkpoint.get("last_hash"), number(checkpoint, "row_count"));
  }

  private static long number(Map<?, ?> checkpoint, String name) {
    if (!(checkpoint.get(name) instanceof Number number)) {
      throw new IllegalArgumentException("the checkpoint has no " + name);
    }
    return number.longValue();
  }
}
