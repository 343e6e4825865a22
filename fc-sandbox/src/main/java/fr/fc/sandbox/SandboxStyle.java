package fr.fc.sandbox;

import static fr.fc.sandbox.HtmlEscape.escape;

/**
 * The look of the sandbox's pages (the portal's, the demo SP's, the mail catcher's): neutral,
 * readable, a visible focus, and no sideways scrolling at 320 px (RGAA 10.11): long values wrap,
 * preformatted text too, and a table that cannot shrink enough scrolls in its own focusable region;
 * inline in each page's head.
 */
public final class SandboxStyle {

  public static final String CSS =
      """
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1e1e1e;\
      background:#f6f6f6;line-height:1.5}
      header,footer{background:#fff;padding:1rem 1.5rem;border-bottom:1px solid #ddd}
      footer{border-top:1px solid #ddd;border-bottom:0;font-size:.9rem;color:#3a3a3a}
      .brand{font-weight:700;font-size:1.2rem;margin:0}.sandbox{margin:.25rem 0 0;color:#6a3f00}
      main{max-width:44rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;\
      overflow-wrap:break-word}
      .skip{position:absolute;left:-999px}
      .skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
      a{color:#0b3b8c}a:focus,button:focus{outline:3px solid #f0a000;outline-offset:2px}
      .login{margin:2rem 0;padding:1rem 0;border-top:1px solid #ddd}
      .fc-button{font:inherit;font-weight:700;font-size:1.05rem;color:#fff;background:#0b3b8c;\
      border:0;border-radius:.25rem;padding:.75rem 1.5rem;cursor:pointer}
      .fc-button:hover{background:#08306f}
      .secondary{font:inherit;color:#0b3b8c;background:#fff;border:2px solid #0b3b8c;\
      border-radius:.25rem;padding:.5rem 1rem;cursor:pointer}
      .tax-data,.legacy,.plus,.variants{margin:2rem 0;padding:1rem 0;border-top:1px solid #ddd}
      .figures{padding-left:1.25rem}
      .notice{padding:.75rem 1rem;background:#e8f4ea;border-left:4px solid #18753c}
      .alert{padding:.75rem 1rem;background:#fdecea;border-left:4px solid #ce0500}
      table{border-collapse:collapse;width:100%;margin:1rem 0}
      caption{text-align:left;font-weight:700}
      th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd;vertical-align:top}
      td{overflow-wrap:anywhere}
      .table-region{overflow-x:auto;margin:1rem 0}.table-region table{margin:0}
      .table-region:focus{outline:3px solid #f0a000;outline-offset:2px}
      code{word-break:break-all}
      pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.75rem;margin:.5rem 0}
      @media (max-width:30em){main{margin:0;border-radius:0;padding:1rem}header,footer{padding:1rem}}
      """;

  private SandboxStyle() {}

  /**
   * A whole sandbox page around its main content. Every value but {@code content} is text, escaped
   * here; {@code content} is HTML its page made.
   */
  public static String page(Frame frame, String content) {
    return """
    <!DOCTYPE html>
    <html lang="%s">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%s</title>
    <style>
    %s</style>
    </head>
    <body>
    <a class="skip" href="#content">%s</a>
    <header>
    <p class="brand"><a href="%s">%s</a></p>
    <p class="sandbox">%s</p>
    </header>
    <main id="content" tabindex="-1">
    %s</main>
    <footer><p>%s</p></footer>
    </body>
    </html>
    """
        .formatted(
            escape(frame.language()), escape(frame.title()), frame.style(), escape(frame.skipLink()), escape(frame.brandHref()),
            escape(frame.brand()), escape(frame.sandboxNotice()), content, escape(frame.footer()));
  }

  /** The words and links around a page's content, and its style sheet ({@link #CSS} and the page's own). */
  public record Frame(
      String language, String title, String style, String skipLink, String brandHref, String brand,
      String sandboxNotice, String footer) {}
}
