package fr.fc.admin.api;

import fr.fc.registry.RegistryChange;
import fr.fc.registry.RegistryImport.NewSecret;
import fr.fc.registry.RegistryImport.Result;
import java.util.Map;

/** What applying a registry file did, as lines a person reads: + created, ~ updated, - deactivated. */
final class ImportReport {

  private ImportReport() {}

  static String text(Result result) {
    StringBuilder text = new StringBuilder();
    for (RegistryChange change : result.changes()) {
      text.append(sign(change.action())).append(' ').append(change.kind().label()).append(' ').append(change.id());
      if (change.action() == RegistryChange.Action.UPDATE) {
        text.append(':');
        for (Map.Entry<String, Map<String, Object>> field : new java.util.TreeMap<>(change.fields()).entrySet()) {
          text.append("\n    ").append(field.getKey()).append(": ")
              .append(shown(field.getValue().get("before"))).append(" -> ").append(shown(field.getValue().get("after")));
        }
      }
      text.append('\n');
    }
    for (NewSecret secret : result.secrets()) {
      text.append("  secret of ").append(secret.kind().label()).append(' ').append(secret.id()).append(" (shown once): ")
          .append(secret.clientSecret()).append('\n');
    }
    result.warnings().forEach(warning -> text.append("  warning: ").append(warning).append('\n'));
    text.append(result.changes().size()).append(" change(s), ").append(result.unchanged()).append(" unchanged")
        .append(result.dryRun() ? " (dry run: nothing changed)" : "").append('\n');
    return text.toString();
  }

  private static String shown(Object value) {
    return value == null ? "(none)" : value.toString();
  }

  private static char sign(RegistryChange.Action action) {
    return switch (action) {
      case CREATE -> '+';
      case DEACTIVATE, DELETE -> '-';
      default -> '~';
    };
  }
}
