package fr.fc.sandbox.idp;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The login form of one IdP for one pending request: the demo logins with what each shows ({@link
 * AccountGuide}), and the way back to FranceConnect. Its links are relative, so they stay under
 * the IdP whatever the host.
 */
record LoginPage(DemoIdp idp, String requestId, Language language, List<String> demoLogins) {

  Response show() {
    return HtmlAnswers.page(Status.OK, render(null));
  }

  Response afterWrongCredentials(String typedLogin) {
    return HtmlAnswers.page(Status.UNAUTHORIZED, render(typedLogin == null ? "" : typedLogin));
  }

  /** The page; after a failed attempt, with the login typed and the error. */
  String render(String failedLogin) {
    String idpTitle = idp.title(language);
    String titleKey = failedLogin == null ? "login.title" : "login.error-title";
    String main =
        """
        <h1>%s</h1>
        <p>%s</p>
        <h2>%s</h2>
        %s
        <h2>%s</h2>
        <p>%s</p>
        <dl class="accounts">
        %s
        </dl>
        <p><a href="cancel?request=%s">%s</a></p>"""
            .formatted(
                Html.escape(idpTitle),
                text("login.intro"),
                text("login.heading"),
                form(failedLogin),
                text("login.demo-heading"),
                text("login.demo-password"),
                demoLogins.stream().map(this::demoAccount).collect(Collectors.joining("\n")),
                Html.escape(requestId),
                text("login.back"));
    return Html.page(language, language.text(titleKey, idpTitle), main);
  }

  /** A demo login and what it shows. */
  private String demoAccount(String login) {
    return "<dt><code>%s</code></dt><dd>%s</dd>"
        .formatted(Html.escape(login), Html.escape(AccountGuide.description(login, language.page())));
  }

  /** RGAA 11.1, 11.10, 11.13: labelled fields, the error linked to them, autocomplete. */
  private String form(String failedLogin) {
    boolean failed = failedLogin != null;
    String error =
        failed
            ? "<p id=\"login-error\" class=\"error\" role=\"alert\">%s</p>\n"
                .formatted(text(idp.secondFactor() ? "login.wrong-credentials-otp" : "login.wrong-credentials"))
            : "";
    String invalid = failed ? " aria-invalid=\"true\" aria-describedby=\"login-error\"" : "";
    return """
%s<form method="post" action="login">
<input type="hidden" name="request" value="%s">
<label for="login">%s</label>
<input id="login" name="login" type="text" autocomplete="username" autocapitalize="none" \
spellcheck="false" required value="%s"%s>
<label for="password">%s</label>
<input id="password" name="password" type="password" autocomplete="current-password" \
required%s>
%s<button type="submit">%s</button>
</form>"""
        .formatted(
            error,
            Html.escape(requestId),
            text("login.login"),
            Html.escape(failedLogin),
            invalid,
            text("login.password"),
            invalid,
            secondFactor(invalid),
            text("login.submit"));
  }

  /**
   * The second factor of an eIDAS substantial or high IdP: a one-time code, which a text message
   * would bring; the demo shows it on the page.
   */
  private String secondFactor(String invalid) {
    if (!idp.secondFactor()) {
      return "";
    }
    return """
<label for="otp">%s</label>
<p id="otp-hint" class="hint">%s <strong id="demo-otp">%s</strong></p>
<input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" \
maxlength="6" aria-describedby="otp-hint" required%s>
"""
        .formatted(
            text("login.otp"),
            text("login.otp-demo"),
            idp.oneTimeCode(requestId),
            invalid.replace("login-error", "login-error otp-hint"));
  }

  private String text(String key) {
    return Html.escape(language.text(key));
  }
}
