package fr.fc.registry;

import fr.fc.audit.AuditEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One change of the registry: which partner, what was done, and the fields it changed, each with
 * its value before and after (never a secret: a new secret shows as {@link #NEW_SECRET}).
 */
public record RegistryChange(PartnerKind kind, String id, Action action, Map<String, Map<String, Object>> fields) {

  /** How a changed secret shows in a diff and in the trail. */
  static final String NEW_SECRET = "(new secret)";

  /** What was done to the partner, and the audit event that says so. */
  public enum Action {
    CREATE("create", AuditEvent.PARTNER_CREATED),
    UPDATE("update", AuditEvent.PARTNER_UPDATED),
    ACTIVATE("activate", AuditEvent.PARTNER_ACTIVATED),
    DEACTIVATE("deactivate", AuditEvent.PARTNER_DEACTIVATED),
    DELETE("delete", AuditEvent.PARTNER_DELETED),
    ROTATE_SECRET("rotate-secret", AuditEvent.PARTNER_SECRET_ROTATED);

    private final String jsonName;
    private final AuditEvent event;

    Action(String jsonName, AuditEvent event) {
      this.jsonName = jsonName;
      this.event = event;
    }

    public String jsonName() {
      return jsonName;
    }

    AuditEvent event() {
      return event;
    }
  }

  private static final String LOGO = "logo";

  public RegistryChange {
    fields = Map.copyOf(fields);
  }

  /**
   * The fields whose values differ, each as {"before": ..., "after": ...}, in name order; a logo as
   * its fingerprint, so that a change stays short enough for the trail's detail.
   */
  static Map<String, Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
    Set<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
    for (String name : names) {
      if (!Objects.equals(before.get(name), after.get(name))) {
        fields.put(name, beforeAfter(shown(name, before.get(name)), shown(name, after.get(name))));
      }
    }
    return fields;
  }

  private static Object shown(String name, Object value) {
    return LOGO.equals(name) && value instanceof String dataUrl ? IdpLogo.fingerprint(dataUrl) : value;
  }

  static Map<String, Object> beforeAfter(Object before, Object after) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("before", before);
    values.put("after", after);
    return values;
  }

  /** As an import answer and the trail's detail show it. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind.jsonName());
    json.put("id", id);
    json.put("action", action.jsonName());
    if (!fields.isEmpty()) {
      json.put("fields", new java.util.TreeMap<>(fields));
    }
    return json;
  }
}
