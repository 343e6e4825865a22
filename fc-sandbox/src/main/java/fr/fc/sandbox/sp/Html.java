package fr.fc.sandbox.sp;

import fr.fc.sandbox.HtmlEscape;

/** Escaping of text for HTML element content and quoted attribute values. */
final class Html {

  private Html() {}

  static String escape(String text) {
    return HtmlEscape.escape(text);
  }
}
