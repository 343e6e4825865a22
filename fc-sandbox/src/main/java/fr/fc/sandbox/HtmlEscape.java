package fr.fc.sandbox;

/** Escaping of text for HTML element content and quoted attribute values, for every partner's pages. */
public final class HtmlEscape {

  private HtmlEscape() {}

  /** The text, safe in content and quoted attributes; null reads as empty. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
