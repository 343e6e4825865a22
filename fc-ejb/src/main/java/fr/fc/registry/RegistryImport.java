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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a registry file, the registry kept in version control: each entry is created when
 * missing, updated when it differs, left alone when equal; with prune, the partners the file no
 * longer lists are deactivated (never deleted). The file is checked whole first: one invalid entry
 * and nothing changes. A dry run says what would change and changes nothing.
 */
@Stateless
public class RegistryImport {

  @PersistenceContext(unitName = "fc")
  private EntityManager entityManager;

  @EJB private SecretEncryption secrets;
  @EJB private AuditTrail trail;
  @Inject private Event<RegistryChanged> changed;
  @Inject private KnownScopes known;

  /** A secret fc made for a new partner of the file, shown this once. */
  public record NewSecret(PartnerKind kind, String id, String clientSecret) {}

  /** What applying the file did, or would do on a dry run. */
  public record Result(
      boolean dryRun, List<RegistryChange> changes, int unchanged, List<NewSecret> secrets, List<String> warnings) {}

  /** Applies the file's text; the refusal names the entry and field that are wrong. */
  public Result apply(String text, boolean prune, boolean dryRun, String actor) {
    try {
      Plan plan = plan(RegistryFile.parse(text == null ? "" : text, known), prune, dryRun, actor);
      if (!dryRun) {
        plan.steps.forEach(step -> step.run(actor));
        if (!plan.steps.isEmpty()) {
          changed.fire(new RegistryChanged());
        }
      }
      return new Result(dryRun, plan.changes(), plan.unchanged, plan.secrets, plan.warnings);
    } catch (IllegalArgumentException | RegistryRefusal refused) {
      new RegistryLedger(entityManager, trail).refused(null, null, actor, refused.getMessage());
      throw refused instanceof RegistryRefusal refusal ? refusal : new RegistryRefusal(Reason.INVALID, refused.getMessage());
    }
  }

  private Plan plan(RegistryFile file, boolean prune, boolean dryRun, String actor) {
    Partners partners = new Partners(entityManager, secrets, known);
    Plan plan = new Plan(dryRun, !RegistryRefresh.REGISTRY_FILE_ACTOR.equals(actor));
    plan(plan, partners.of(PartnerKind.SERVICE_PROVIDER),
        jsons(file.serviceProviders(), ServiceProviderMapping::json, ServiceProviderRegistration::clientSecret), prune);
    plan(plan, partners.of(PartnerKind.IDENTITY_PROVIDER),
        jsons(file.identityProviders(), IdentityProviderMapping::json, IdentityProviderRegistration::clientSecret), prune);
    plan(plan, partners.of(PartnerKind.DATA_PROVIDER),
        jsons(file.dataProviders(), DataProviderMapping::json, DataProviderRegistration::clientSecret), prune);
    return plan;
  }

  /** The registry as a registry file, every field given, secrets omitted. */
  public Map<String, Object> export() {
    Partners partners = new Partners(entityManager, secrets, known);
    Map<String, Object> file = new LinkedHashMap<>();
    for (PartnerKind kind : PartnerKind.values()) {
      file.put(kind.fileList(), partners.of(kind).all().stream().map(Entry::json).toList());
    }
    return file;
  }

  /** The file's entries as JSON again, each with the secret it gives, so that one parser reads them all. */
  private static <T> List<Map<String, Object>> jsons(
      List<T> registrations, Function<T, Map<String, Object>> json, Function<T, String> secret) {
    return registrations.stream()
        .map(registration -> {
          Map<String, Object> entry = new LinkedHashMap<>(json.apply(registration));
          if (secret.apply(registration) != null) {
            entry.put("clientSecret", secret.apply(registration));
          }
          return entry;
        })
        .toList();
  }

  private <R> void plan(Plan plan, PartnerRows<R, ?> rows, List<Map<String, Object>> entries, boolean prune) {
    Map<String, Entry<R>> existing =
        rows.all().stream().collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    for (Map<String, Object> json : entries) {
      Entry<R> entry = rows.parse(json, 0);
      Entry<R> current = existing.get(entry.id());
      if (current == null) {
        plan.create(rows, entry);
      } else {
        plan.update(rows, entry, current);
      }
    }
    if (prune) {
      Set<String> listed = entries.stream().map(json -> rows.parse(json, 0).id()).collect(Collectors.toSet());
      existing.values().stream()
          .filter(entry -> !listed.contains(entry.id()) && Boolean.TRUE.equals(entry.json().get("active")))
          .forEach(entry -> plan.deactivate(rows, entry));
    }
  }

  /** The changes a file makes, planned before any is made. */
  private final class Plan {
    private final boolean dryRun;
    // Not at startup, where an IdP may well start after fc: an operator's import only.
    private final boolean probeDiscovery;
    private final List<Step> steps = new ArrayList<>();
    private final List<NewSecret> secrets = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int unchanged;

    Plan(boolean dryRun, boolean probeDiscovery) {
      this.dryRun = dryRun;
      this.probeDiscovery = probeDiscovery;
    }

    <R> void create(PartnerRows<R, ?> rows, Entry<R> entry) {
      String secret = entry.secret();
      if (secret == null && !rows.kind().hasGeneratedSecret()) {
        throw refusedEntry(rows.kind(), entry.id(), "clientSecret: is required for a new " + rows.kind().label());
      }
      rows.conflict(entry).ifPresent(why -> {
        throw refusedEntry(rows.kind(), entry.id(), why);
      });
      if (secret == null) {
        secret = dryRun ? null : ClientSecrets.generate();
        if (secret != null) {
          secrets.add(new NewSecret(rows.kind(), entry.id(), secret));
        }
      }
      if (probeDiscovery && entry.registration() instanceof IdentityProviderRegistration idp && idp.endpoints().isEmpty()) {
        DiscoveryProbe.warning(idp.issuer()).ifPresent(warning -> warnings.add(entry.id() + ": " + warning));
      }
      String registered = secret;
      steps.add(new Step(new RegistryChange(rows.kind(), entry.id(), Action.CREATE, RegistryChange.diff(Map.of(), entry.json())),
          () -> rows.create(entry, registered)));
    }

    <R> void update(PartnerRows<R, ?> rows, Entry<R> entry, Entry<R> current) {
      Map<String, Map<String, Object>> fields = new LinkedHashMap<>(RegistryChange.diff(current.json(), entry.json()));
      String secret = entry.secret() != null && !rows.holdsSecret(entry.id(), entry.secret()) ? entry.secret() : null;
      if (secret != null) {
        fields.put("clientSecret", RegistryChange.beforeAfter(null, RegistryChange.NEW_SECRET));
      }
      if (fields.isEmpty()) {
        unchanged++;
        return;
      }
      rows.conflict(entry).ifPresent(why -> {
        throw refusedEntry(rows.kind(), entry.id(), why);
      });
      steps.add(new Step(new RegistryChange(rows.kind(), entry.id(), Action.UPDATE, fields), () -> rows.update(entry, secret)));
    }

    <R> void deactivate(PartnerRows<R, ?> rows, Entry<R> entry) {
      steps.add(new Step(
          new RegistryChange(rows.kind(), entry.id(), Action.DEACTIVATE, Map.of("active", RegistryChange.beforeAfter(true, false))),
          () -> rows.activate(entry.id(), false)));
    }

    List<RegistryChange> changes() {
      return steps.stream().map(Step::change).toList();
    }
  }

  /** One planned change, and what makes it. */
  private final class Step {
    private final RegistryChange change;
    private final Runnable make;

    Step(RegistryChange change, Runnable make) {
      this.change = change;
      this.make = make;
    }

    RegistryChange change() {
      return change;
    }

    void run(String actor) {
      try {
        make.run();
      } catch (IllegalArgumentException e) {
        throw refusedEntry(change.kind(), change.id(), e.getMessage());
      }
      new RegistryLedger(entityManager, trail).changed(change, actor);
    }
  }

  private static RegistryRefusal refusedEntry(PartnerKind kind, String id, String why) {
    return new RegistryRefusal(Reason.INVALID, kind.fileList() + " " + id + ": " + why);
  }
}
