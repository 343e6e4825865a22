package fr.fc.shared.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * fc's issuer identifier (OpenID Connect Discovery 1.0, section 3): the base URL of the v2 API,
 * under which every endpoint of the contract lives.
 */
public record Issuer(String url) {

  /** Where fc serves FranceConnect+ on its own host: the same paths as the standard platform's, under it. */
  public static final String PLUS_PREFIX = "/plus";

  /**
   * @throws IllegalArgumentException unless an absolute https URL without query or fragment, or an
   *     http one on a loopback host (local runs and tests)
   */
  public static Issuer parse(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL");
    }
    if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException("must be an absolute URL without query or fragment");
    }
    boolean https = "https".equals(uri.getScheme());
    if (!https && !("http".equals(uri.getScheme()) && isLoopback(uri.getHost()))) {
      throw new IllegalArgumentException("must use https (http is accepted on loopback hosts only)");
    }
    return new Issuer(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }

  /** Whether fc is reached over TLS: anywhere but a loopback host. */
  public boolean isHttps() {
    return url.startsWith("https://");
  }

  /** This issuer with a prefix before its path: {@code https://h/api/v2} under /plus is {@code https://h/plus/api/v2}. */
  public Issuer under(String prefix) {
    URI uri = URI.create(url);
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    return new Issuer(origin + prefix + (uri.getRawPath() == null ? "" : uri.getRawPath()));
  }

  /** The path of this issuer's URL. */
  public String path() {
    return URI.create(url).getRawPath();
  }

  /** The URL of an endpoint of the API, given its path relative to the issuer. */
  public String endpoint(String path) {
    return url + "/" + path;
  }

  private static boolean isLoopback(String host) {
    if ("localhost".equals(host)) {
      return true;
    }
    try {
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]") && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
