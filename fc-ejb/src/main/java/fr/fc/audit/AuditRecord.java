package fr.fc.audit;

import java.time.Instant;

/**
 * One audited fact: what happened, when, in which login, for which SP and IdP, for which
 * pseudonymous citizen, and with which error. Every field but the event and time may be null.
 *
 * @param interactionRef a digest of the interaction's id, never the id itself (a bearer value)
 * @param sub the SP's pairwise sub, once known
 */
public record AuditRecord(
    AuditEvent event,
    Instant occurredAt,
    String interactionRef,
    String spClientId,
    String idpId,
    String sub,
    String errorCode) {}
