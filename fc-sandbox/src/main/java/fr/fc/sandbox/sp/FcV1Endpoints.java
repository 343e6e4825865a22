package fr.fc.sandbox.sp;

import java.net.URI;

/**
 * Where fc's legacy API v1 answers (contract section 1.1). It publishes no discovery document: its
 * endpoints are fixed paths under fc's base URL, which the SP derives from the same setting as for
 * v2, fc's issuer ({base}/api/v2). Its ID tokens carry that issuer; it has no JWKS, since they are
 * keyed with the SP's client secret.
 */
final class FcV1Endpoints {

  /** Where the contract's issuers end (contract section 1.1). */
  static final String V2_PATH = "/api/v2";

  static final String V1_PATH = "/api/v1";

  private FcV1Endpoints() {}

  /** fc's v1 endpoints, with fc's issuer as the expected iss; no JWKS. */
  static ProviderMetadata of(String fcIssuer) {
    String issuer = fcIssuer.replaceFirst("/+$", "");
    String v1 = baseUrlOf(issuer) + V1_PATH;
    return new ProviderMetadata(
        issuer,
        URI.create(v1 + "/authorize"),
        URI.create(v1 + "/token"),
        URI.create(v1 + "/userinfo"),
        null,
        URI.create(v1 + "/logout"));
  }

  /**
   * fc's base URL: its issuer without the trailing /api/v2 (which keeps any path fc is deployed
   * under), or the issuer's origin when it does not end so.
   */
  static String baseUrlOf(String issuer) {
    if (issuer.endsWith(V2_PATH)) {
      return issuer.substring(0, issuer.length() - V2_PATH.length());
    }
    URI uri = URI.create(issuer);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
