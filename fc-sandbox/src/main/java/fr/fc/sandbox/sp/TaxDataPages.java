package fr.fc.sandbox.sp;

import static fr.fc.sandbox.sp.Html.escape;
import static fr.fc.sandbox.sp.SpPages.say;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages of the "Mes données fiscales" path: the tax data the provider sent (or why it sent
 * none) above the identity fc sent, and the page that says the citizen refused to share them.
 */
final class TaxDataPages {

  private TaxDataPages() {}

  /** After a tax data login: the provider's answer, the identity, the logout button. */
  static String result(
      SpMessages text, String root, LoggedInCitizen citizen, TaxDataOutcome outcome) {
    String body =
        """
        <h1>%s</h1>
        <h2>%s</h2>
        %s
        <h2>%s</h2>
        %s
        %s"""
            .formatted(
                say(text, "tax.title"),
                say(text, "tax.data.heading"),
                outcome.received() ? figures(text, outcome.data()) : failure(text, outcome),
                say(text, "identity.caption"),
                SpPages.identityTable(text, citizen),
                SpPages.logoutForm(text, root));
    return SpPages.page(text, root, text.get("tax.title"), body);
  }

  /** When the citizen refused, at fc, to share their data with the SP. */
  static String refused(SpMessages text, String root) {
    String body =
        """
        <h1>%s</h1>
        <p role="status" class="notice">%s</p>
        <p><a href="%ssp/">%s</a></p>
        """
            .formatted(
                say(text, "tax.title"),
                say(text, "tax.refused"),
                escape(root),
                say(text, "error.back"));
    return SpPages.page(text, root, text.get("tax.title"), body);
  }

  private static String figures(SpMessages text, Map<String, Object> data) {
    List<String> lines = new ArrayList<>();
    if (data.containsKey("rfr")) {
      lines.add(line(text, "tax.rfr", amount(data.get("rfr"), text, true)));
    }
    if (data.containsKey("nbPart")) {
      lines.add(line(text, "tax.nbPart", amount(data.get("nbPart"), text, false)));
    }
    if (data.containsKey("sitFam")) {
      lines.add(line(text, "tax.sitFam", textOf(data.get("sitFam"), text)));
    }
    if (data.get("pac") instanceof Map<?, ?> pac) {
      lines.add(line(text, "tax.nbPac", amount(pac.get("nbPac"), text, false)));
    }
    if (data.containsKey("aft")) {
      lines.add(line(text, "tax.aft", textOf(data.get("aft"), text)));
    }
    if (lines.isEmpty()) {
      return "<p>%s</p>".formatted(say(text, "tax.empty"));
    }
    return "<p>%s</p>\n<ul class=\"figures\">\n%s\n</ul>"
        .formatted(say(text, "tax.intro"), String.join("\n", lines));
  }

  private static String failure(SpMessages text, TaxDataOutcome outcome) {
    return """
           <div role="alert" class="alert"><p>%s</p></div>
           <p>%s <code>%s</code></p>"""
        .formatted(
            say(text, outcome.kind().messageKey()),
            say(text, "error.detail"),
            escape(outcome.detail()));
  }

  /** "Label : value", the value in bold; the label's {0} marks where the value goes. */
  private static String line(SpMessages text, String key, String value) {
    String[] around = text.get(key).split("\\{0\\}", 2);
    return "<li>%s<strong>%s</strong>%s</li>"
        .formatted(escape(around[0]), escape(value), escape(around.length > 1 ? around[1] : ""));
  }

  private static String amount(Object value, SpMessages text, boolean euros) {
    if (!(value instanceof Number number)) {
      return textOf(value, text);
    }
    return euros
        ? TaxFigures.euros(number, text.language())
        : TaxFigures.number(number, text.language());
  }

  private static String textOf(Object value, SpMessages text) {
    return value == null ? text.get("tax.unknown") : String.valueOf(value);
  }
}
