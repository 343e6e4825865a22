package fr.fc.sandbox.idp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * One demo IdP: its id, its issuer (under which all its endpoints hang), how it signs, how a forger
 * would sign in its name (for the accounts whose tokens fc must refuse), and its level of assurance:
 * above eidas1 (FranceConnect+), a second factor follows the password.
 *
 * @param codeSeed keys the one-time codes of its second factor
 */
record DemoIdp(String id, String issuer, IdpSigner signer, IdpSigner forger, String level, byte[] codeSeed) {

  static final String EIDAS1 = "eidas1";

  DemoIdp(String id, String issuer, IdpSigner signer, IdpSigner forger) {
    this(id, issuer, signer, forger, EIDAS1, new byte[0]);
  }

  /** Whether its login asks for a one-time code after the password (eIDAS substantial and high). */
  boolean secondFactor() {
    return !EIDAS1.equals(level);
  }

  /**
   * The one-time code of a pending login: what a text message would bring the citizen, shown on
   * the demo page instead. Six digits of an HMAC of the request, so that no other login's code works.
   */
  String oneTimeCode(String requestId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(codeSeed, "HmacSHA256"));
      byte[] digest = mac.doFinal(requestId.getBytes(StandardCharsets.UTF_8));
      int number = ByteBuffer.wrap(digest).getInt() & Integer.MAX_VALUE;
      return "%06d".formatted(number % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** What it says of how the citizen authenticated (amr, RFC 8176). */
  List<String> amr() {
    return secondFactor() ? List.of("pwd", "otp", "mfa") : List.of("pwd");
  }

  /** FranceConnect's scopes: the standard ones, birth, and one per identity claim. */
  static final List<String> SCOPES =
      Stream.concat(Stream.of("openid", "profile", "email", "birth"), DemoAccount.CLAIMS.stream())
          .distinct()
          .toList();

  String title(Language language) {
    return language.text("idp." + id + ".title");
  }

  String endpoint(String path) {
    return issuer + "/" + path;
  }

  /**
   * A legacy IdP (HS256) signs its userinfo too, with its ID tokens' secret, and a FranceConnect+
   * one with its key: fc gets a JWT.
   */
  boolean signsUserinfo() {
    return AlgorithmIdentifiers.HMAC_SHA256.equals(signer.algorithm()) || encryptsToFc();
  }

  /** A FranceConnect+ IdP encrypts its ID tokens and userinfo to fc's key (contract section 2.1). */
  boolean encryptsToFc() {
    return secondFactor();
  }

  /** OpenID Connect Discovery 1.0, section 3. */
  Map<String, Object> metadata() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer);
    metadata.put("authorization_endpoint", endpoint("authorize"));
    metadata.put("token_endpoint", endpoint("token"));
    metadata.put("userinfo_endpoint", endpoint("userinfo"));
    metadata.put("jwks_uri", endpoint("jwks"));
    metadata.put("end_session_endpoint", endpoint("session/end"));
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("grant_types_supported", List.of("authorization_code"));
    metadata.put("subject_types_supported", List.of("public"));
    metadata.put("id_token_signing_alg_values_supported", List.of(signer.algorithm()));
    if (signsUserinfo()) {
      metadata.put("userinfo_signing_alg_values_supported", List.of(signer.algorithm()));
    }
    if (encryptsToFc()) {
      metadata.put("id_token_encryption_alg_values_supported", List.of("ECDH-ES"));
      metadata.put("id_token_encryption_enc_values_supported", List.of("A256GCM"));
      metadata.put("userinfo_encryption_alg_values_supported", List.of("ECDH-ES"));
      metadata.put("userinfo_encryption_enc_values_supported", List.of("A256GCM"));
    }
    metadata.put("scopes_supported", SCOPES);
    metadata.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_post", "client_secret_basic"));
    metadata.put("code_challenge_methods_supported", List.of("S256"));
    metadata.put("acr_values_supported", secondFactor() ? List.of(level) : List.of("eidas1", "eidas2"));
    metadata.put("claims_supported", claims());
    metadata.put("ui_locales_supported", List.of("fr", "en"));
    metadata.put("authorization_response_iss_parameter_supported", true);
    metadata.put("claims_parameter_supported", false);
    return metadata;
  }

  private static List<String> claims() {
    return Stream.concat(
            Stream.of("sub", "acr", "amr", "auth_time", "nonce", "sid"),
            DemoAccount.CLAIMS.stream())
        .toList();
  }
}
