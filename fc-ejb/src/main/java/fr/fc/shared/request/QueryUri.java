package fr.fc.shared.request;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A URI with parameters added to its query, each value percent-encoded whole (RFC 3986, a space as
 * %20, which form decoders read too, where a '+' would be taken literally by others): what the SP
 * sent comes back exactly, whatever its characters. Not a URI template: a "{" or a "%41" in a value
 * is that text, not a placeholder or an escape.
 */
public final class QueryUri {

  private final StringBuilder uri;
  private char separator;

  private QueryUri(String base, char separator) {
    uri = new StringBuilder(base);
    this.separator = separator;
  }

  /** @param base an absolute URI, which may have a query already, and no fragment */
  public static QueryUri of(String base) {
    return new QueryUri(base, URI.create(base).getRawQuery() != null ? '&' : '?');
  }

  /**
   * The same with the parameters in the fragment, where an authorization response goes for a
   * response type that holds a token (OAuth 2.0 Multiple Response Type Encoding Practices, 5).
   *
   * @param base an absolute URI, which may have a query, and no fragment
   */
  public static QueryUri inFragment(String base) {
    return new QueryUri(base, '#');
  }

  /** Adds the parameter; nothing when the value is null. */
  public QueryUri with(String name, String value) {
    if (value != null) {
      uri.append(separator).append(encoded(name)).append('=').append(encoded(value));
      separator = '&';
    }
    return this;
  }

  public URI build() {
    return URI.create(uri.toString());
  }

  private static String encoded(String text) {
    // URLEncoder writes a space as '+', and a '+' as %2B: only spaces become '+'.
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
