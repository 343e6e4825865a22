package fr.fc.registry;

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
 * @param order its place on the choice page, lowest first
 * @param active false when an operator switched it off: not offered, its callbacks refused
 * @param amr the amr values fc states for logins through this IdP (contract 1.4); empty to pass on
 *     the IdP's own
 * @param idTokenEncryption how the IdP encrypts its ID tokens to fc's keys, or null when it does not:
 *     fc then refuses an ID token that comes otherwise
 * @param userinfoEncryption likewise, for its userinfo responses
 * @param logo its logo on the choice page, or null for a tile of text only
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
    boolean beta,
    int order,
    boolean active,
    List<String> amr,
    JweAlgorithms idTokenEncryption,
    JweAlgorithms userinfoEncryption,
    IdpLogo logo) {

  /**
   * @param clientSecret null in an entry that keeps the registered secret
   * @throws IllegalArgumentException when the IdP signs with HS256 and its secret is too short
   */
  public IdentityProviderRegistration {
    allowedAcrs = List.copyOf(allowedAcrs);
    amr = List.copyOf(amr);
    endpoints = Map.copyOf(endpoints);
    boolean signsWithSecret =
        SigningAlgorithms.HS256.equals(idTokenSigningAlg) || SigningAlgorithms.HS256.equals(userinfoSigningAlg);
    if (clientSecret != null && signsWithSecret) {
      IdentityProviderMapping.checkHs256Secret("clientSecret", clientSecret);
    }
  }

  /** Whether fc checks this IdP's signatures with the client secret. */
  public boolean signsWithSecret() {
    return SigningAlgorithms.HS256.equals(idTokenSigningAlg) || SigningAlgorithms.HS256.equals(userinfoSigningAlg);
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
    private int order;
    private JweAlgorithms idTokenEncryption;
    private JweAlgorithms userinfoEncryption;

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

    public Builder order(int order) {
      this.order = order;
      return this;
    }

    public Builder encryption(JweAlgorithms idTokenEncryption, JweAlgorithms userinfoEncryption) {
      this.idTokenEncryption = idTokenEncryption;
      this.userinfoEncryption = userinfoEncryption;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the IdP signs with HS256 and its secret is too short
     */
    public IdentityProviderRegistration build() {
      return new IdentityProviderRegistration(
          id, title, issuer, clientId, clientSecret, allowedAcrs, endpoints, available, idTokenSigningAlg,
          userinfoSigningAlg, displayed, beta, order, true, List.of(), idTokenEncryption, userinfoEncryption,
          null);
    }
  }
}
