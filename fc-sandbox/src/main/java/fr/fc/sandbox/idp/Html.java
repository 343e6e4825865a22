package fr.fc.sandbox.idp;

import fr.fc.sandbox.HtmlEscape;

/** The frame of every IdP page, and the escaping of each value put in it. */
final class Html {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem;margin:0 auto;"
          + "padding:1rem;color:#161616}"
          + "label,input,button{display:block;font-size:1rem}"
          + "input{padding:.5rem;margin-bottom:1rem;width:100%;box-sizing:border-box}"
          + "button{padding:.5rem 1rem;background:#000091;color:#fff;border:0}"
          + ":focus{outline:3px solid #0a76f6;outline-offset:2px}"
          + ".error{color:#ce0500;font-weight:bold}"
          + "code{overflow-wrap:anywhere}.accounts dt{font-weight:bold;margin-top:.5rem}"
          + ".accounts dd{margin:0 0 0 1rem;overflow-wrap:anywhere}";

  private Html() {}

  /** A whole page: its language, its title and the content of its main landmark. */
  static String page(Language language, String title, String main) {
    return """
           <!DOCTYPE html>
           <html lang="%s">
           <head>
           <meta charset="utf-8">
           <meta name="viewport" content="width=device-width, initial-scale=1">
           <title>%s</title>
           <style>%s</style>
           </head>
           <body>
           <main>
           %s
           </main>
           </body>
           </html>
           """
        .formatted(language.code(), escape(title), STYLE, main);
  }

  static String escape(String value) {
    return HtmlEscape.escape(value);
  }
}
