package fr.fc.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which login an event belongs to, for which SP, through which IdP, at which level. The
 * interaction's id is a bearer value (the browser's cookie), so the trail keeps only its digest as
 * the flow id: enough to group one login's events, useless to resume it.
 */
public record AuditContext(String flowId, String spClientId, String idpId, String acr) {

  public AuditContext(String flowId, String spClientId, String idpId) {
    this(flowId, spClientId, idpId, null);
  }

  public static AuditContext of(String interactionUid, String spClientId, String idpId) {
    return new AuditContext(flowIdOf(interactionUid), spClientId, idpId, null);
  }

  public AuditContext withAcr(String level) {
    return new AuditContext(flowId, spClientId, idpId, level);
  }

  /** The flow id of the login that this interaction id started. */
  public static String flowIdOf(String interactionUid) {
    if (interactionUid == null) {
      return null;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(interactionUid.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
