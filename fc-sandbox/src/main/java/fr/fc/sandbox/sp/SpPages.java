package fr.fc.sandbox.sp;

import static fr.fc.sandbox.sp.Html.escape;

import fr.fc.sandbox.SandboxStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SP's HTML pages: home, identity, cancelled login, error (the tax data pages: {@link
 * TaxDataPages}).
 * Accessible (lang, title, one h1, landmarks, skip link, visible focus), styled inline, every
 * printed value escaped. {@code root} is the path of the sandbox's root, ending with '/', that
 * links start from.
 */
final class SpPages {

  static final String WHAT_IS_FRANCECONNECT = "https://franceconnect.gouv.fr/";

  /** The registrations of the SP that its home page offers last, after FranceConnect+. */
  static final List<SpVariant> OTHER_REGISTRATIONS = List.of(SpVariant.PRIVATE, SpVariant.PROMPT, SpVariant.FILTERED);

  private static final String STYLE = SandboxStyle.CSS;

  private SpPages() {}

  /**
   * The home page with the FranceConnect button, the way to one's tax data, the login through fc's
   * legacy API v1, FranceConnect+, the SP's other registrations, and the logout notice when it
   * follows a logout.
   */
  static String home(SpMessages text, String root, boolean loggedOut) {
    String notice =
        loggedOut
            ? "<p role=\"status\" class=\"notice\">%s</p>".formatted(say(text, "home.logged-out"))
            : "";
    String whatIsFc = say(text, "home.what-is-fc");
    String body =
        """
        <h1>%s</h1>
        %s
        <p>%s</p>
        <div class="login">
        <form method="get" action="%ssp/login">
        <button type="submit" class="fc-button">%s</button>
        </form>
        <p><a href="%s" target="_blank" rel="noopener" title="%s - %s">%s</a></p>
        </div>
        <div class="tax-data">
        <p>%s</p>
        <form method="get" action="%ssp/tax-data">
        <button type="submit" class="secondary">%s</button>
        </form>
        </div>
        <div class="legacy">
        <p>%s</p>
        <form method="get" action="%ssp/login">
        <input type="hidden" name="api" value="%s">
        <button type="submit" class="secondary">%s</button>
        </form>
        </div>
        %s%s"""
            .formatted(
                say(text, "home.title"),
                notice,
                say(text, "home.intro"),
                escape(root),
                say(text, "home.login"),
                WHAT_IS_FRANCECONNECT,
                whatIsFc,
                say(text, "home.new-window"),
                whatIsFc,
                say(text, "home.tax-data.intro"),
                escape(root),
                say(text, "home.tax-data"),
                say(text, "home.v1.intro"),
                escape(root),
                FcApi.V1.parameter(),
                say(text, "home.v1"),
                plusLogins(text, root),
                otherRegistrations(text, root));
    return page(text, root, text.get("home.title"), body);
  }

  /** FranceConnect+'s two levels: a login of eIDAS substantial or high assurance. */
  private static String plusLogins(SpMessages text, String root) {
    String form =
        """
        <form method="get" action="%ssp/login">
        <input type="hidden" name="api" value="%s">
        <input type="hidden" name="acr" value="%s">
        <button type="submit" class="secondary">%s</button>
        </form>
        """;
    return """
        <div class="plus">
        <p>%s</p>
        %s%s</div>
        """
        .formatted(
            say(text, "home.plus.intro"),
            form.formatted(escape(root), FcApi.PLUS.parameter(), "eidas2", say(text, "home.plus.eidas2")),
            form.formatted(escape(root), FcApi.PLUS.parameter(), "eidas3", say(text, "home.plus.eidas3")));
  }

  /** The SP's other registrations in fc: a private SP, one without information page, one without Ameli. */
  private static String otherRegistrations(SpMessages text, String root) {
    String logins =
        OTHER_REGISTRATIONS.stream()
            .map(
                variant ->
                    "<p>%s</p>\n%s"
                        .formatted(
                            say(text, "home." + variant.parameter() + ".intro"),
                            variantForm(root, variant, null, say(text, "home." + variant.parameter()), "secondary")))
            .collect(Collectors.joining());
    return """
        <div class="variants">
        <p>%s</p>
        %s</div>
        """
        .formatted(say(text, "home.variants.intro"), logins);
  }

  /** A button that starts a login as this registration of the SP, at the level {@code acr} if any. */
  static String variantForm(String root, SpVariant variant, String acr, String label, String buttonClass) {
    String level =
        acr == null ? "" : "<input type=\"hidden\" name=\"acr\" value=\"%s\">\n".formatted(escape(acr));
    return """
        <form method="get" action="%ssp/login">
        <input type="hidden" name="%s" value="%s">
        %s<button type="submit" class="%s">%s</button>
        </form>
        """
        .formatted(escape(root), SpVariant.PARAMETER, variant.parameter(), level, buttonClass, label);
  }

  /**
   * The page that shows who fc logged in, with the logout button; after a login as another
   * registration than the standard SP (API v1, FranceConnect+, private...), it says so.
   */
  static String identity(SpMessages text, String root, LoggedInCitizen citizen, SpVariant variant) {
    String throughV1 =
        variant == SpVariant.DEMO
            ? ""
            : "<p class=\"notice\" data-fc-api=\"%s\" data-sp-variant=\"%s\">%s</p>\n"
                .formatted(
                    variant.api().parameter(), variant.parameter(), say(text, "identity." + variant.parameter()));
    String body =
        """
        <h1>%s</h1>
        %s<p>%s</p>
        %s
        %s"""
            .formatted(
                say(text, "identity.title"),
                throughV1,
                say(text, "identity.intro"),
                identityTable(text, citizen),
                logoutForm(text, root));
    return page(text, root, text.get("identity.title"), body);
  }

  /**
   * The table of the claims fc sent about the citizen, in a region of its own that scrolls if it
   * must, so that the page itself never scrolls sideways (RGAA 10.11); long values wrap.
   */
  static String identityTable(SpMessages text, LoggedInCitizen citizen) {
    String rows =
        citizen.shownClaims().stream()
            .map(
                claim ->
                    "<tr><th scope=\"row\">%s</th><td><code>%s</code></td><td>%s</td></tr>"
                        .formatted(
                            say(text, "claim." + claim.name()),
                            escape(claim.name()),
                            escape(claim.value())))
            .collect(Collectors.joining("\n"));
    return """
        <div class="table-region" role="region" aria-labelledby="identity-caption" tabindex="0">
        <table class="claims">
        <caption id="identity-caption">%s</caption>
        <thead>
        <tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr>
        </thead>
        <tbody>
        %s
        </tbody>
        </table>
        </div>"""
        .formatted(
            say(text, "identity.caption"),
            say(text, "identity.column.label"),
            say(text, "identity.column.claim"),
            say(text, "identity.column.value"),
            rows);
  }

  /** The button that logs the citizen out through fc. */
  static String logoutForm(SpMessages text, String root) {
    return """
        <form method="get" action="%ssp/logout">
        <button type="submit" class="secondary">%s</button>
        </form>
        """
        .formatted(escape(root), say(text, "identity.logout"));
  }

  /**
   * The page after the citizen gave up logging in (fc sent back access_denied for this browser's
   * attempt): no error, a way to try again as the same registration, and the way back home.
   */
  static String cancelled(SpMessages text, String root, LoginAttempt attempt) {
    String acr = attempt.api() == FcApi.PLUS ? attempt.acr() : null;
    String body =
        """
        <h1>%s</h1>
        <div id="login-cancelled" class="notice"><p>%s</p></div>
        <p>%s</p>
        %s<p><a href="%ssp/">%s</a></p>
        """
            .formatted(
                say(text, "cancelled.title"),
                say(text, "cancelled.text"),
                say(text, "cancelled.again"),
                variantForm(root, attempt.variant(), acr, say(text, "cancelled.retry"), "fc-button"),
                escape(root),
                say(text, "error.back"));
    return page(text, root, text.get("cancelled.title"), body);
  }

  /** The page that says what failed, its technical detail, and the way back home. */
  static String error(SpMessages text, String root, SpException failure) {
    String body =
        """
        <h1>%s</h1>
        <div role="alert" class="alert"><p>%s</p></div>
        <p>%s <code>%s</code></p>
        <p><a href="%ssp/">%s</a></p>
        """
            .formatted(
                say(text, "error.title"),
                say(text, failure.failure().messageKey()),
                say(text, "error.detail"),
                escape(failure.detail()),
                escape(root),
                say(text, "error.back"));
    return page(text, root, text.get("error.title"), body);
  }

  /** A whole page of the SP around its main content; the heading makes the title. */
  static String page(SpMessages text, String root, String heading, String body) {
    String site = text.get("home.title");
    return SandboxStyle.page(
        new SandboxStyle.Frame(
            text.language(), heading.equals(site) ? site : heading + " - " + site, STYLE, text.get("page.skip"),
            root + "sp/", site, text.get("page.sandbox"), text.get("page.footer")),
        body);
  }

  /** A message, escaped. */
  static String say(SpMessages text, String key) {
    return escape(text.get(key));
  }
}
