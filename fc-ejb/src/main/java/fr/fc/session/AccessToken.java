package fr.fc.session;

import fr.fc.audit.AuditContext;
import fr.fc.shared.config.Platform;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An opaque access token and what it gives access to at the userinfo endpoint.
 *
 * @param token the opaque value the SP presents as a bearer token
 * @param scopes the scopes granted to the SP
 * @param sub the SP's pairwise subject
 * @param identity the identity claims fc may release, by claim name
 * @param idpId the IdP the citizen logged in with
 * @param issuedAt seconds since the epoch
 * @param expiresAt seconds since the epoch
 * @param flowId the login's id in the audit trail
 * @param platform the API the login came through, the only one that serves this token
 */
public record AccessToken(
    String token,
    String clientId,
    List<String> scopes,
    String sub,
    String acr,
    LinkedHashMap<String, Object> identity,
    String idpId,
    long issuedAt,
    long expiresAt,
    String flowId,
    Platform platform)
    implements Serializable {

  /** A token of the v2 platform. */
  public AccessToken(
      String token, String clientId, List<String> scopes, String sub, String acr, LinkedHashMap<String, Object> identity,
      String idpId, long issuedAt, long expiresAt, String flowId) {
    this(token, clientId, scopes, sub, acr, identity, idpId, issuedAt, expiresAt, flowId, Platform.V2);
  }

  public AccessToken {
    scopes = List.copyOf(scopes);
    identity = new LinkedHashMap<>(identity);
  }

  /** A new token for what this code grants, valid for the given lifetime from issuedAt. */
  public static AccessToken issue(AuthorizationCode grant, long issuedAt, long lifetimeSeconds) {
    return new AccessToken(
        OpaqueIds.next(),
        grant.clientId(),
        grant.scopes(),
        grant.sub(),
        grant.acr(),
        grant.identity(),
        grant.idpId(),
        issuedAt,
        issuedAt + lifetimeSeconds,
        grant.flowId(),
        grant.platform());
  }

  /** The login this token came from, as the audit trail names it. */
  public AuditContext auditContext() {
    return new AuditContext(flowId, clientId, idpId, acr);
  }

  public boolean isExpiredAt(long epochSecond) {
    return epochSecond >= expiresAt;
  }

  /** In the data grid, as compact bytes rather than a graph of Java-serialized objects (BENCHMARKS.md). */
  @Serial
  private Object writeReplace() {
    return new AccessTokenBytes(this);
  }
}
