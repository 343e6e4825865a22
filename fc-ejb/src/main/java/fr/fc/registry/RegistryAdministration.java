package fr.fc.registry;

import fr.fc.audit.AuditTrail;
import fr.fc.crypto.SecretEncryption;
import fr.fc.registry.PartnerRows.Entry;
import fr.fc.registry.RegistryChange.Action;
import fr.fc.registry.RegistryRefusal.Reason;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An operator's changes of one partner: create, update, activate or deactivate, delete, rotate its
 * secret. Each is checked whole before anything changes, leaves one audit event naming the
 * operator, and reaches every node within seconds (see {@link RegistryRefresh}). A refused change
 * changes nothing and is audited as refused.
 */
@Stateless
public class RegistryAdministration {

  static final Duration DEFAULT_GRACE = Duration.ofHours(24);
  static final Duration MAX_GRACE = Duration.ofDays(30);

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  @EJB private SecretEncryption secrets;
  @EJB private AuditTrail trail;
  @Inject private Event<RegistryChanged> changed;
  @Inject private KnownScopes known;

  /** What a write answers: the entry as registered, the secret fc made (shown this once), warnings. */
  public record Written(Map<String, Object> entry, String clientSecret, List<String> warnings) {}

  /** A new secret, and until when the previous one keeps working. */
  public record Rotation(String clientSecret, Instant previousSecretValidUntil) {}

  public List<Map<String, Object>> list(PartnerKind kind) {
    return rows(kind).all().stream().map(Entry::json).toList();
  }

  public Optional<Map<String, Object>> read(PartnerKind kind, String id) {
    return rows(kind).find(id).map(Entry::json);
  }

  public Written create(PartnerKind kind, String body, String actor) {
    return create(rows(kind), body, actor);
  }

  public Written update(PartnerKind kind, String id, String body, String actor) {
    return update(rows(kind), id, body, actor);
  }

  public Map<String, Object> activate(PartnerKind kind, String id, boolean active, String actor) {
    PartnerRows<?, ?> rows = rows(kind);
    Map<String, Object> before = existing(rows, id, actor);
    if (!Boolean.valueOf(active).equals(before.get("active"))) {
      rows.activate(id, active);
      record(new RegistryChange(kind, id, active ? Action.ACTIVATE : Action.DEACTIVATE,
          Map.of("active", RegistryChange.beforeAfter(!active, active))), actor);
    }
    return rows.find(id).orElseThrow().json();
  }

  public void delete(PartnerKind kind, String id, String actor) {
    PartnerRows<?, ?> rows = rows(kind);
    Map<String, Object> before = existing(rows, id, actor);
    rows.delete(id);
    record(new RegistryChange(kind, id, Action.DELETE, RegistryChange.diff(before, Map.of())), actor);
  }

  /** @param body empty, or {"gracePeriodSeconds": n} */
  public Rotation rotate(PartnerKind kind, String id, String body, String actor) {
    PartnerRows<?, ?> rows = rows(kind);
    existing(rows, id, actor);
    if (!kind.hasGeneratedSecret()) {
      throw refused(Reason.INVALID, kind, id, actor,
          "an identity provider issues fc's secret itself: register the new one with an update (clientSecret)");
    }
    Duration grace = grace(kind, id, body, actor);
    String secret = ClientSecrets.generate();
    Instant previousValidUntil = Instant.now().plus(grace).truncatedTo(ChronoUnit.SECONDS);
    rows.rotate(id, secret, previousValidUntil);
    record(new RegistryChange(kind, id, Action.ROTATE_SECRET,
        Map.of("previousSecretValidUntil", RegistryChange.beforeAfter(null, previousValidUntil.toString()))), actor);
    return new Rotation(secret, previousValidUntil);
  }

  private <R> Written create(PartnerRows<R, ?> rows, String body, String actor) {
    PartnerKind kind = rows.kind();
    Map<String, Object> json = object(kind, null, body, actor);
    refuseGivenSecret(kind, json, actor);
    if (kind == PartnerKind.SERVICE_PROVIDER && !json.containsKey("clientId")) {
      json.put("clientId", ClientSecrets.generate());
    }
    Entry<R> entry = parse(rows, json, rows.nextOrder(), actor);
    if (rows.find(entry.id()).isPresent()) {
      throw refused(Reason.CONFLICT, kind, entry.id(), actor, "a " + kind.label() + " " + entry.id() + " exists already");
    }
    refuseConflict(rows, entry, actor);
    String secret = kind.hasGeneratedSecret() ? ClientSecrets.generate() : entry.secret();
    if (secret == null) {
      throw refused(Reason.INVALID, kind, entry.id(), actor, "clientSecret: is required for a new " + kind.label());
    }
    rows.create(entry, secret);
    record(new RegistryChange(kind, entry.id(), Action.CREATE, RegistryChange.diff(Map.of(), entry.json())), actor);
    return new Written(rows.find(entry.id()).orElseThrow().json(), kind.hasGeneratedSecret() ? secret : null, warnings(entry));
  }

  private <R> Written update(PartnerRows<R, ?> rows, String id, String body, String actor) {
    PartnerKind kind = rows.kind();
    Map<String, Object> before = existing(rows, id, actor);
    Map<String, Object> json = object(kind, id, body, actor);
    refuseGivenSecret(kind, json, actor);
    String idField = kind == PartnerKind.SERVICE_PROVIDER ? "clientId" : "id";
    if (json.containsKey(idField) && !id.equals(json.get(idField))) {
      throw refused(Reason.INVALID, kind, id, actor, idField + ": cannot change (" + json.get(idField) + " is not " + id + ")");
    }
    json.put(idField, id);
    Entry<R> entry = parse(rows, json, ((Number) before.getOrDefault("order", 0)).intValue(), actor);
    refuseConflict(rows, entry, actor);
    Map<String, Map<String, Object>> fields = new LinkedHashMap<>(RegistryChange.diff(before, entry.json()));
    if (entry.secret() != null && !rows.holdsSecret(id, entry.secret())) {
      fields.put("clientSecret", RegistryChange.beforeAfter(null, RegistryChange.NEW_SECRET));
    }
    if (!fields.isEmpty()) {
      try {
        rows.update(entry, entry.secret());
      } catch (IllegalArgumentException e) {
        throw refused(Reason.INVALID, kind, id, actor, e.getMessage());
      }
      record(new RegistryChange(kind, id, Action.UPDATE, fields), actor);
    }
    return new Written(rows.find(id).orElseThrow().json(), null, warnings(entry));
  }

  private PartnerRows<?, ?> rows(PartnerKind kind) {
    return new Partners(entityManager, secrets, known).of(kind);
  }

  private void record(RegistryChange change, String actor) {
    new RegistryLedger(entityManager, trail).changed(change, actor);
    changed.fire(new RegistryChanged());
  }

  private Map<String, Object> existing(PartnerRows<?, ?> rows, String id, String actor) {
    return rows.find(id).map(Entry::json)
        .orElseThrow(() -> refused(Reason.NOT_FOUND, rows.kind(), id, actor, "no " + rows.kind().label() + " " + id));
  }

  private Map<String, Object> object(PartnerKind kind, String id, String body, String actor) {
    try {
      return new LinkedHashMap<>(RegistryFile.object(body == null ? "" : body));
    } catch (IllegalArgumentException e) {
      throw refused(Reason.INVALID, kind, id, actor, e.getMessage());
    }
  }

  private <R> Entry<R> parse(PartnerRows<R, ?> rows, Map<String, Object> json, int order, String actor) {
    try {
      return rows.parse(json, order);
    } catch (IllegalArgumentException e) {
      throw refused(Reason.INVALID, rows.kind(), String.valueOf(json.get(rows.kind() == PartnerKind.SERVICE_PROVIDER ? "clientId" : "id")),
          actor, e.getMessage());
    }
  }

  private void refuseGivenSecret(PartnerKind kind, Map<String, Object> json, String actor) {
    if (kind.hasGeneratedSecret() && json.containsKey("clientSecret")) {
      throw refused(Reason.INVALID, kind, null, actor,
          "clientSecret: fc generates the secrets of a " + kind.label() + " (POST .../secret rotates it)");
    }
  }

  private <R> void refuseConflict(PartnerRows<R, ?> rows, Entry<R> entry, String actor) {
    rows.conflict(entry).ifPresent(why -> {
      throw refused(Reason.CONFLICT, rows.kind(), entry.id(), actor, why);
    });
  }

  private Duration grace(PartnerKind kind, String id, String body, String actor) {
    if (body == null || body.isBlank()) {
      return DEFAULT_GRACE;
    }
    Object seconds = object(kind, id, body, actor).get("gracePeriodSeconds");
    if (seconds == null) {
      return DEFAULT_GRACE;
    }
    if (!(seconds instanceof Number number) || number.longValue() < 0 || number.longValue() > MAX_GRACE.toSeconds()) {
      throw refused(Reason.INVALID, kind, id, actor, "gracePeriodSeconds: must be from 0 to " + MAX_GRACE.toSeconds());
    }
    return Duration.ofSeconds(number.longValue());
  }

  private static List<String> warnings(Entry<?> entry) {
    if (entry.registration() instanceof IdentityProviderRegistration idp && idp.endpoints().isEmpty()) {
      return DiscoveryProbe.warning(idp.issuer()).stream().toList();
    }
    return List.of();
  }

  private RegistryRefusal refused(Reason reason, PartnerKind kind, String id, String actor, String description) {
    new RegistryLedger(entityManager, trail).refused(kind, id, actor, description);
    return new RegistryRefusal(reason, description);
  }
}
