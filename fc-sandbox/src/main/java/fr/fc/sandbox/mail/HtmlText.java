package fr.fc.sandbox.mail;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of an e-mail's HTML, as a reader would copy it: no markup, scripts nor styles; a line
 * per paragraph, heading, line break or table row; list items as "- " lines; each link's address
 * after its label; the common character references decoded. Not a general HTML parser: enough for
 * fc's messages.
 */
final class HtmlText {

  /** Only this much HTML is read: the text is bounded far below anyway. */
  static final int MAX_HTML_CHARS = 200_000;

  private static final Pattern HIDDEN =
      Pattern.compile("(?is)<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LINK =
      Pattern.compile(
          "(?is)<a\\b[^>]*?\\bhref\\s*=\\s*(\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\\s*>");
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?i)</?(p|div|h[1-6]|table|ul|ol|blockquote|pre|section|article|header|footer)"
              + "\\b[^>]*>");
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\b[^>]*>|</tr\\s*>");
  private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("rsquo", "’"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("hellip", "…"),
          Map.entry("eacute", "é"),
          Map.entry("egrave", "è"),
          Map.entry("ecirc", "ê"),
          Map.entry("agrave", "à"),
          Map.entry("ccedil", "ç"),
          Map.entry("ocirc", "ô"),
          Map.entry("icirc", "î"),
          Map.entry("ucirc", "û"),
          Map.entry("Eacute", "É"),
          Map.entry("euro", "€"));

  private HtmlText() {}

  static String of(String html) {
    String text = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
    text = HIDDEN.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ");
    text = LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(link(link)));
    text = BLOCK.matcher(text).replaceAll("\n");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    text = ITEM.matcher(text).replaceAll("\n- ");
    text = CELL_END.matcher(text).replaceAll(" ");
    text = TAG.matcher(text).replaceAll("");
    text = REFERENCE.matcher(text).replaceAll(found -> Matcher.quoteReplacement(decode(found)));
    return tidy(text);
  }

  /** A link's label, then its address in parentheses unless the label already is the address. */
  private static String link(MatchResult link) {
    String href = link.group(2) != null ? link.group(2) : link.group(3);
    String label = link.group(4);
    String shown = TAG.matcher(label).replaceAll("").strip();
    return href.isBlank() || shown.equals(href.strip()) ? label : label + " (" + href.strip() + ")";
  }

  private static String decode(MatchResult reference) {
    String name = reference.group(1);
    if (!name.startsWith("#")) {
      return NAMED.getOrDefault(name, reference.group());
    }
    boolean hex = name.startsWith("#x") || name.startsWith("#X");
    int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
    return Character.isValidCodePoint(codePoint) && codePoint != 0
        ? Character.toString(codePoint)
        : reference.group();
  }

  /** Each line stripped, no more than one blank line in a row, none at either end. */
  private static String tidy(String text) {
    String lines =
        text.lines()
            .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
            .collect(Collectors.joining("\n"));
    return lines.replaceAll("\n{3,}", "\n\n").strip();
  }
}
