package fr.fc.registry;

import fr.fc.shared.config.Platform;
import java.util.EnumSet;
import java.util.Set;

/**
 * A service provider as fc's protocol rules see it: an immutable snapshot of its registration.
 *
 * @param entityId the entity whose SPs share one pairwise sub (contract section 1.8)
 * @param scopes the scopes this SP is entitled to
 * @param secretHash SHA-256 (hex) of its client secret
 * @param signingSecret its client secret when it signs with HS256 (a legacy SP), else null
 * @param allowedPrompts the prompt values fc honours when this SP sends them, none unless
 *     whitelisted
 * @param privateSector whether the SP is registered as private (a business), not public
 * @param identityConsent whether the SP, when private, must collect the citizen's consent to the
 *     identity fc transmits
 * @param idpFilter the IdPs this SP lets its citizens use
 * @param previousSecret its secret before the last rotation, while it still works; null when none
 * @param platforms the platforms it logs in through
 * @param acrs the levels it may ask for; empty for every level of its platforms
 * @param encryption how fc encrypts its answers (FranceConnect+), or null
 */
public record RegisteredClient(
    String clientId,
    String name,
    String entityId,
    Set<String> redirectUris,
    Set<String> postLogoutRedirectUris,
    Set<String> scopes,
    String secretHash,
    String idTokenSigningAlg,
    String userinfoSigningAlg,
    String signingSecret,
    Set<String> allowedPrompts,
    boolean privateSector,
    boolean identityConsent,
    IdpFilter idpFilter,
    PreviousSecret previousSecret,
    Set<Platform> platforms,
    Set<String> acrs,
    ResponseEncryption encryption) {

  /**
   * The client id and entity of the citizens' space, which fc registers itself: its pairwise sub is
   * the citizen's pseudonym.
   */
  public static final String CITIZEN_SPACE = "fc-mon-espace";

  public RegisteredClient {
    platforms = platforms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(platforms));
    acrs = Set.copyOf(acrs);
    redirectUris = Set.copyOf(redirectUris);
    postLogoutRedirectUris = Set.copyOf(postLogoutRedirectUris);
    scopes = Set.copyOf(scopes);
    allowedPrompts = Set.copyOf(allowedPrompts);
  }

  /** Exact string comparison, as OAuth 2.0 Security BCP and the contract require. */
  public boolean hasRedirectUri(String uri) {
    return redirectUris.contains(uri);
  }

  /** Whether this is its client secret, or its previous one within its grace period. */
  public boolean acceptsSecret(String secret, java.time.Instant now) {
    return ClientSecrets.matches(secret, secretHash) || (previousSecret != null && previousSecret.accepts(secret, now));
  }

  public boolean servesOn(Platform platform) {
    return platforms.contains(platform);
  }

  public boolean isEntitledTo(String scope) {
    return scopes.contains(scope);
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "RegisteredClient[clientId=" + clientId + "]";
  }

  /** The platforms of an SP registered without naming them: those it always had. */
  public static final Set<Platform> DEFAULT_PLATFORMS = Set.of(Platform.V1, Platform.V2);

  /** A public SP signing with ES256, entitled to openid only, with no URI yet: set what matters. */
  public static Builder builder(String clientId) {
    return new Builder(clientId);
  }

  /** Builds a {@link RegisteredClient} field by field, each unset field at its default. */
  public static final class Builder {
    private final String clientId;
    private String name;
    private String entityId;
    private Set<String> redirectUris = Set.of();
    private Set<String> postLogoutRedirectUris = Set.of();
    private Set<String> scopes = Set.of("openid");
    private String secretHash = "";
    private String idTokenSigningAlg = SigningAlgorithms.ES256;
    private String userinfoSigningAlg = SigningAlgorithms.ES256;
    private String signingSecret;
    private Set<String> allowedPrompts = Set.of();
    private boolean privateSector;
    private boolean identityConsent;
    private IdpFilter idpFilter = IdpFilter.NONE;
    private PreviousSecret previousSecret;
    private Set<Platform> platforms = DEFAULT_PLATFORMS;
    private Set<String> acrs = Set.of();
    private ResponseEncryption encryption;

    private Builder(String clientId) {
      this.clientId = clientId;
      this.name = clientId;
      this.entityId = clientId;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder entityId(String entityId) {
      this.entityId = entityId;
      return this;
    }

    public Builder redirectUris(Set<String> redirectUris) {
      this.redirectUris = redirectUris;
      return this;
    }

    public Builder postLogoutRedirectUris(Set<String> postLogoutRedirectUris) {
      this.postLogoutRedirectUris = postLogoutRedirectUris;
      return this;
    }

    public Builder scopes(Set<String> scopes) {
      this.scopes = scopes;
      return this;
    }

    public Builder secretHash(String secretHash) {
      this.secretHash = secretHash;
      return this;
    }

    /** Both the ID token's and userinfo's algorithm; with HS256, the secret that keys it. */
    public Builder signing(String algorithm, String signingSecret) {
      this.idTokenSigningAlg = algorithm;
      this.userinfoSigningAlg = algorithm;
      this.signingSecret = signingSecret;
      return this;
    }

    public Builder signing(String idTokenSigningAlg, String userinfoSigningAlg, String signingSecret) {
      this.idTokenSigningAlg = idTokenSigningAlg;
      this.userinfoSigningAlg = userinfoSigningAlg;
      this.signingSecret = signingSecret;
      return this;
    }

    public Builder allowedPrompts(Set<String> allowedPrompts) {
      this.allowedPrompts = allowedPrompts;
      return this;
    }

    public Builder privateSector(boolean privateSector) {
      this.privateSector = privateSector;
      return this;
    }

    public Builder identityConsent(boolean identityConsent) {
      this.identityConsent = identityConsent;
      return this;
    }

    public Builder idpFilter(IdpFilter idpFilter) {
      this.idpFilter = idpFilter;
      return this;
    }

    public Builder previousSecret(PreviousSecret previousSecret) {
      this.previousSecret = previousSecret;
      return this;
    }

    public Builder platforms(Set<Platform> platforms) {
      this.platforms = platforms;
      return this;
    }

    public Builder acrs(Set<String> acrs) {
      this.acrs = acrs;
      return this;
    }

    public Builder encryption(ResponseEncryption encryption) {
      this.encryption = encryption;
      return this;
    }

    public RegisteredClient build() {
      return new RegisteredClient(
          clientId, name, entityId, redirectUris, postLogoutRedirectUris, scopes, secretHash, idTokenSigningAlg,
          userinfoSigningAlg, signingSecret, allowedPrompts, privateSector, identityConsent, idpFilter, previousSecret,
          platforms, acrs, encryption);
    }
  }
}
