package fr.fc.audit;

import fr.fc.crypto.KeyRotation;
import fr.fc.crypto.KeyRotationRefused;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Each rotation of fc's signing keys, in the trail: one event naming the operator and the keys, or its refusal. */
@ApplicationScoped
public class SigningKeysAudit {

  @EJB private AuditTrail trail;

  void rotated(@Observes KeyRotation rotation) {
    trail.recordChange(AuditEvent.SIGNING_KEYS_ROTATED, rotation.operator(), null, null, rotation.auditDetail());
  }

  void refused(@Observes KeyRotationRefused refusal) {
    trail.recordChange(AuditEvent.SIGNING_KEYS_ROTATION_REFUSED, refusal.operator(), null, null, null);
  }
}
