package fr.fc.registry;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An identity provider as an operator registers it: fc is its OpenID Connect client.
 *
 * @param id fc's identifier of the IdP (the idp_hint value)
 * @param title the name citizens see on the choice page
 * @param issuer the IdP's issuer, whose discovery document gives its endpoints
 * @param allowedAcrs the acrs the IdP may answer with (eidas1 unless registered otherwise)
 * @param endpoints the IdP's endpoints by their discovery names (authorization_endpoint,
 *     token_endpoint, userinfo_endpoint, jwks_uri) when registered by hand; empty to use discovery
 * @param available false to show the IdP as unavailable and send nobody to it
 * @param idTokenSigningAlg the one algorithm fc accepts on the IdP's ID tokens: ES256 (the
 *     default) or RS256 with a key of its JWKS, or HS256 keyed with the client secret
 * @param userinfoSigningAlg likewise, for a userinfo response that comes as a JWT
 * @param displayed false to leave the IdP off the choice page, still reachable through idp_hint
 * @param beta true to mark its tile "BETA" on the choice page
 */
public record IdentityProviderRegistration(
    String id,
    String title,
    String issuer,
    String clientId,
    String clientSecret,
    List<String> allowedAcrs,
    Map<String, String> endpoints,
    boolean available,
    String idTokenSigningAlg,
    String userinfoSigningAlg,
    boolean displayed,
    boolean beta) {

  /** RFC 7518 3.2: an HS256 key must be at least as long as the hash. */
  static final int MIN_HS256_SECRET_BYTES = 32;

  /**
   * @throws IllegalArgumentException when the IdP signs with HS256 and its secret is too short
   */
  public IdentityProviderRegistration {
    allowedAcrs = List.copyOf(allowedAcrs);
    endpoints = Map.copyOf(endpoints);
    boolean signsWithSecret =
        SigningAlgorithms.HS256.equals(idTokenSigningAlg) || SigningAlgorithms.HS256.equals(userinfoSigningAlg);
    if (signsWithSecret && clientSecret.getBytes(StandardCharsets.UTF_8).length < MIN_HS256_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the clientSecret of IdP " + id + " keys HS256: it must be at least " + MIN_HS256_SECRET_BYTES + " bytes");
    }
  }

  /** Reads one entry of the import file's "identityProviders" list. */
  static IdentityProviderRegistration fromJson(Map<String, Object> json) {
    return new IdentityProviderRegistration(
        RegistryFile.required(json, "id"),
        RegistryFile.required(json, "title"),
        RegistryFile.required(json, "issuer"),
        RegistryFile.required(json, "clientId"),
        RegistryFile.required(json, "clientSecret"),
        acrs(json.getOrDefault("allowedAcrs", List.of("eidas1"))),
        endpoints(json.getOrDefault("endpoints", Map.of())),
        !Boolean.FALSE.equals(json.get("available")),
        SigningAlgorithms.read(json, "idTokenSigningAlg"),
        SigningAlgorithms.read(json, "userinfoSigningAlg"),
        !Boolean.FALSE.equals(json.get("display")),
        Boolean.TRUE.equals(json.get("isBeta")));
  }

  private static Map<String, String> endpoints(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("endpoints must be an object");
    }
    Map<String, String> endpoints = new LinkedHashMap<>();
    map.forEach((name, url) -> endpoints.put(String.valueOf(name), String.valueOf(url)));
    return endpoints;
  }

  private static List<String> acrs(Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException("allowedAcrs must be a non-empty list");
    }
    return list.stream().map(String::valueOf).toList();
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "IdentityProviderRegistration[id=" + id + ", issuer=" + issuer + "]";
  }

  /** An available, displayed IdP answering eidas1, signing with ES256, found by discovery: set what matters. */
  public static Builder builder(String id, String issuer) {
    return new Builder(id, issuer);
  }

  /** Builds an {@link IdentityProviderRegistration} field by field, each unset field at its default. */
  public static final class Builder {
    private final String id;
    private final String issuer;
    private String title;
    private String clientId = "fc";
    private String clientSecret = "";
    private List<String> allowedAcrs = List.of("eidas1");
    private Map<String, String> endpoints = Map.of();
    private boolean available = true;
    private String idTokenSigningAlg = SigningAlgorithms.ES256;
    private String userinfoSigningAlg = SigningAlgorithms.ES256;
    private boolean displayed = true;
    private boolean beta;

    private Builder(String id, String issuer) {
      this.id = id;
      this.issuer = issuer;
      this.title = id;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder client(String clientId, String clientSecret) {
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    public Builder allowedAcrs(List<String> allowedAcrs) {
      this.allowedAcrs = allowedAcrs;
      return this;
    }

    public Builder endpoints(Map<String, String> endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    public Builder available(boolean available) {
      this.available = available;
      return this;
    }

    public Builder signing(String idTokenSigningAlg, String userinfoSigningAlg) {
      this.idTokenSigningAlg = idTokenSigningAlg;
      this.userinfoSigningAlg = userinfoSigningAlg;
      return this;
    }

    public Builder displayed(boolean displayed) {
      this.displayed = displayed;
      return this;
    }

    public Builder beta(boolean beta) {
      this.beta = beta;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the IdP signs with HS256 and its secret is too short
     */
    public IdentityProviderRegistration build() {
      return new IdentityProviderRegistration(
          id, title, issuer, clientId, clientSecret, allowedAcrs, endpoints, available, idTokenSigningAlg,
          userinfoSigningAlg, displayed, beta);
    }
  }
}
