package fr.fc.session;

import fr.fc.shared.config.Platform;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an authorization code grants, once: everything the token endpoint needs to answer the SP.
 *
 * @param sub the SP's pairwise subject
 * @param identity the identity claims fc may release, by claim name (given_name, family_name...)
 * @param codeChallenge the SP's S256 PKCE challenge, or null
 * @param authTime when the citizen authenticated at the IdP, in seconds since the epoch
 * @param flowId the login's id in the audit trail
 */
public record AuthorizationCode(
    String code,
    String clientId,
    String redirectUri,
    List<String> scopes,
    String nonce,
    String acr,
    String codeChallenge,
    boolean amrRequested,
    List<String> amr,
    String sub,
    LinkedHashMap<String, Object> identity,
    long authTime,
    String idpId,
    String flowId,
    Platform platform)
    implements Serializable {

  /** A code of the v2 platform. */
  public AuthorizationCode(
      String code, String clientId, String redirectUri, List<String> scopes, String nonce, String acr,
      String codeChallenge, boolean amrRequested, List<String> amr, String sub, LinkedHashMap<String, Object> identity,
      long authTime, String idpId, String flowId) {
    this(code, clientId, redirectUri, scopes, nonce, acr, codeChallenge, amrRequested, amr, sub, identity, authTime,
        idpId, flowId, Platform.V2);
  }

  public AuthorizationCode {
    scopes = List.copyOf(scopes);
    amr = List.copyOf(amr);
    identity = new LinkedHashMap<>(identity);
  }

  public Map<String, Object> identityClaims() {
    return Map.copyOf(identity);
  }

  /** In the data grid, as compact bytes rather than a graph of Java-serialized objects (BENCHMARKS.md). */
  @Serial
  private Object writeReplace() {
    return new AuthorizationCodeBytes(this);
  }
}
