package fr.fc.registry;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jose4j.json.JsonUtil;

/**
 * What every registry change does besides changing rows, in the caller's transaction: one audit
 * event naming the operator and the fields before and after, and the registry's version moved on,
 * so that every node reloads it (see {@link RegistryRefresh}).
 */
final class RegistryLedger {

  private final EntityManager entityManager;
  private final AuditTrail trail;

  RegistryLedger(EntityManager entityManager, AuditTrail trail) {
    this.entityManager = entityManager;
    this.trail = trail;
  }

  void changed(RegistryChange change, String actor) {
    // Written first, so that a row the database refuses is refused before the trail says it changed.
    entityManager.flush();
    entityManager.createNativeQuery("UPDATE registry_version SET version = version + 1 WHERE singleton = 1").executeUpdate();
    trail.recordChange(
        change.action().event(), actor, spClientId(change.kind(), change.id()), idpId(change.kind(), change.id()),
        JsonUtil.toJson(change.json()));
  }

  /** A change refused: nothing changed, the trail says who tried what and why. */
  void refused(PartnerKind kind, String id, String actor, String reason) {
    Map<String, Object> detail = new LinkedHashMap<>();
    if (kind != null) {
      detail.put("kind", kind.jsonName());
    }
    if (id != null) {
      detail.put("id", id);
    }
    detail.put("reason", reason);
    trail.recordChange(
        AuditEvent.REGISTRY_CHANGE_REFUSED, actor, spClientId(kind, id), idpId(kind, id), JsonUtil.toJson(detail));
  }

  private static String spClientId(PartnerKind kind, String id) {
    return kind == PartnerKind.SERVICE_PROVIDER ? id : null;
  }

  private static String idpId(PartnerKind kind, String id) {
    return kind == PartnerKind.IDENTITY_PROVIDER ? id : null;
  }
}
