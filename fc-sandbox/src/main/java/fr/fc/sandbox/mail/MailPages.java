package fr.fc.sandbox.mail;

import static fr.fc.sandbox.HtmlEscape.escape;

import fr.fc.sandbox.SandboxStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mail catcher's page: the messages it received, newest first, each with its time, sender,
 * recipient, subject and text; a filter by recipient. Accessible as the SP's pages are (lang,
 * title, one h1, landmarks, skip link, labelled field), in the sandbox's look, every printed value
 * escaped. {@code root} is the path of the sandbox's root, ending with '/'.
 */
final class MailPages {

  private static final String STYLE =
      SandboxStyle.CSS
          + """
          .filter{margin:1rem 0}.filter label{display:block;font-weight:700}
          .filter input{font:inherit;padding:.4rem;width:min(100%,22rem);margin-right:.5rem}
          .mail{margin:1.5rem 0 0;padding-top:1rem;border-top:1px solid #ddd}
          .mail h2{font-size:1.15rem;margin:0 0 .5rem;overflow-wrap:anywhere}
          .mail dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;\
          margin:0 0 .75rem}
          .mail dt{font-weight:700}.mail dd{margin:0;overflow-wrap:anywhere}
          .mail pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.75rem;\
          margin:0;font-size:.95rem}
          """;

  private MailPages() {}

  /** The page of the messages the filter let through, for the catcher on that port. */
  static String list(
      MailMessages text, String root, int port, RecipientFilter filter, List<CaughtMail> mails) {
    String body =
        """
        <h1>%s</h1>
        <p>%s</p>
        %s
        <p role="status">%s</p>
        %s"""
            .formatted(
                say(text, "mails.title"),
                say(text, "mails.intro", MailCatcher.HOST + ":" + port),
                filterForm(text, root, filter),
                count(text, filter, mails.size()),
                mails.stream().map(mail -> mail(text, mail)).collect(Collectors.joining()));
    return page(text, root, body);
  }

  /** The page that says the filter is not an address, with the form to try another. */
  static String tooLong(MailMessages text, String root, int port) {
    String body =
        """
        <h1>%s</h1>
        <p>%s</p>
        <div role="alert" class="alert"><p>%s</p></div>
        %s"""
            .formatted(
                say(text, "mails.title"),
                say(text, "mails.intro", MailCatcher.HOST + ":" + port),
                say(text, "filter.too-long", RecipientFilter.MAX_ADDRESS),
                filterForm(text, root, RecipientFilter.ALL));
    return page(text, root, body);
  }

  private static String filterForm(MailMessages text, String root, RecipientFilter filter) {
    String all =
        filter.isAll()
            ? ""
            : "<p><a href=\"%smails/\">%s</a></p>\n"
                .formatted(escape(root), say(text, "mails.all"));
    return """
        <form class="filter" method="get" action="%smails/">
        <label for="to">%s</label>
        <input id="to" name="to" type="text" inputmode="email" spellcheck="false" \
        autocomplete="off" maxlength="%s" value="%s">
        <button type="submit" class="secondary">%s</button>
        </form>
        %s"""
        .formatted(
            escape(root),
            say(text, "filter.label"),
            RecipientFilter.MAX_ADDRESS,
            filter.isAll() ? "" : escape(filter.address()),
            say(text, "filter.submit"),
            all);
  }

  private static String count(MailMessages text, RecipientFilter filter, int count) {
    if (count == 0) {
      return filter.isAll()
          ? say(text, "mails.empty")
          : say(text, "mails.empty.to", filter.address());
    }
    return filter.isAll()
        ? say(text, "mails.count", count)
        : say(text, "mails.count.to", filter.address(), count);
  }

  /** One message: its subject as heading, its envelope, its text. */
  static String mail(MailMessages text, CaughtMail mail) {
    String subject = mail.subject().isBlank() ? text.get("mail.no-subject") : mail.subject();
    String body = mail.text().isEmpty() ? text.get("mail.no-text") : mail.text();
    return """
        <article class="mail">
        <h2>%s</h2>
        <dl>
        <dt>%s</dt><dd><time datetime="%s">%s</time></dd>
        <dt>%s</dt><dd>%s</dd>
        <dt>%s</dt><dd>%s</dd>
        </dl>
        <pre>%s</pre>
        </article>
        """
        .formatted(
            escape(subject),
            say(text, "mail.received"),
            mail.receivedText(),
            mail.receivedText(),
            say(text, "mail.from"),
            escape(mail.from()),
            say(text, "mail.to"),
            escape(mail.to()),
            escape(body));
  }

  /** The whole page around its main content, titled by its heading. */
  private static String page(MailMessages text, String root, String body) {
    return SandboxStyle.page(
        new SandboxStyle.Frame(
            text.language(), text.get("mails.title") + " - " + text.get("page.site"), STYLE, text.get("page.skip"), root,
            text.get("page.site"), text.get("page.sandbox"), text.get("page.footer", CaughtMails.CAPACITY)),
        body);
  }

  /** A message with its values, escaped. */
  private static String say(MailMessages text, String key, Object... values) {
    return escape(text.get(key, values));
  }
}
