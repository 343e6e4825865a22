package fr.fc.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which login an event belongs to. The interaction's id is a bearer value (the browser's cookie),
 * so the trail keeps only its digest: enough to group one login's events, useless to resume it.
 */
public record AuditContext(String interactionRef, String spClientId, String idpId) {

  public static AuditContext of(String interactionUid, String spClientId, String idpId) {
    return new AuditContext(digest(interactionUid), spClientId, idpId);
  }

  private static String digest(String value) {
    if (value == null) {
      return null;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
