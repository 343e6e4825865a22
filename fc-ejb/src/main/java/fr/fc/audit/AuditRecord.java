package fr.fc.audit;

import java.time.Instant;

/**
 * One audited fact: what happened, when, in which login, for which SP and IdP, at which level, for
 * which pseudonymous citizen, from which browser or partner, on which node, with which error. Every
 * field but the event, time and node may be null. No identity, no token, no secret.
 *
 * @param flowId a digest of the login's interaction id, the same on each of its events, never the
 *     id itself (a bearer value)
 * @param sub the SP's pairwise sub, once known
 * @param clientAddress the address the request came from
 * @param userAgent the request's User-Agent, cut to {@link #USER_AGENT_MAX_LENGTH} characters
 * @param actor the operator who made an operator's change (the token's upn), else null
 * @param detail what an operator's change changed: its fields before and after, never a secret; for
 *     a data provider's check of a token, the data provider
 * @param citizen the citizen's pseudonym on the events that are their connections (the index of
 *     their space, kept beside the trail, not in it), else null
 */
public record AuditRecord(
    AuditEvent event,
    Instant occurredAt,
    String errorCode,
    String flowId,
    String spClientId,
    String idpId,
    String acr,
    String sub,
    String clientAddress,
    String userAgent,
    String node,
    String actor,
    String detail,
    String citizen) {

  public static final int USER_AGENT_MAX_LENGTH = 256;
  public static final int DETAIL_MAX_LENGTH = 4000;

  /** An event of a login or a partner's call: no operator behind it. */
  public AuditRecord(
      AuditEvent event, Instant occurredAt, String errorCode, String flowId, String spClientId, String idpId,
      String acr, String sub, String clientAddress, String userAgent, String node) {
    this(event, occurredAt, errorCode, flowId, spClientId, idpId, acr, sub, clientAddress, userAgent, node, null, null);
  }

  /** An event that is no citizen's connection. */
  public AuditRecord(
      AuditEvent event, Instant occurredAt, String errorCode, String flowId, String spClientId, String idpId,
      String acr, String sub, String clientAddress, String userAgent, String node, String actor, String detail) {
    this(event, occurredAt, errorCode, flowId, spClientId, idpId, acr, sub, clientAddress, userAgent, node, actor, detail,
        null);
  }

  /**
   * Values a request chose (a client_id as sent, a user agent) are cut to their column and rid of
   * control characters: a row the database refuses would hold back every row after it.
   */
  public AuditRecord {
    errorCode = clean(errorCode, 16);
    flowId = clean(flowId, 64);
    spClientId = clean(spClientId, 64);
    idpId = clean(idpId, 64);
    acr = clean(acr, 16);
    sub = clean(sub, 80);
    clientAddress = clean(clientAddress, 45);
    userAgent = clean(userAgent, USER_AGENT_MAX_LENGTH);
    node = clean(node, 64);
    actor = clean(actor, 128);
    citizen = clean(citizen, 80);
    detail = detail == null || detail.length() <= DETAIL_MAX_LENGTH ? detail : detail.substring(0, DETAIL_MAX_LENGTH);
  }

  public AuditEvent.Outcome outcome() {
    return event.outcome();
  }

  private static String clean(String value, int length) {
    if (value == null) {
      return null;
    }
    String cut = value.length() <= length ? value : value.substring(0, length);
    if (cut.chars().noneMatch(Character::isISOControl)) {
      return cut;
    }
    StringBuilder printable = new StringBuilder(cut.length());
    cut.chars().forEach(c -> printable.append(Character.isISOControl(c) ? '?' : (char) c));
    return printable.toString();
  }
}
