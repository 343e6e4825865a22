package fr.fc.registry.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** A service provider registered with fc: a client of its OpenID Connect provider. */
@Entity
@Table(name = "service_provider")
@NamedQuery(
    name = ServiceProvider.FIND_BY_CLIENT_ID,
    query = "SELECT sp FROM ServiceProvider sp WHERE sp.clientId = :clientId")
public class ServiceProvider implements RegisteredPartner {

  public static final String FIND_BY_CLIENT_ID = "ServiceProvider.findByClientId";

  /** Public SPs only inform the citizen; private ones may have to collect consent. */
  public enum Type {
    PUBLIC,
    PRIVATE
  }

  @Id
  @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @Column(name = "client_id", nullable = false, unique = true, length = 64)
  private String clientId;

  @Column(nullable = false, length = 256)
  private String name;

  @Column(name = "entity_id", nullable = false, length = 64)
  private String entityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sp_type", nullable = false, length = 16)
  private Type type;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "id_token_signing_alg", nullable = false, length = 8)
  private String idTokenSigningAlg;

  @Column(name = "userinfo_signing_alg", nullable = false, length = 8)
  private String userinfoSigningAlg;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "client_secret_hash", length = 64)
  private String clientSecretHash;

  @Column(nullable = false, length = 2048)
  private String scopes = "openid";

  @Column(name = "client_secret_sealed", length = 512)
  private String clientSecretSealed;

  @Column(name = "allowed_prompts", nullable = false, length = 32)
  private String allowedPrompts = "";

  @Column(name = "identity_consent", nullable = false)
  private boolean identityConsent;

  @Column(name = "idp_filter_exclude", nullable = false)
  private boolean idpFilterExclude = true;

  @Column(name = "idp_filter_list", nullable = false, length = 1024)
  private String idpFilterList = "";

  @Column(length = 32)
  private String category;

  @Column(name = "previous_secret_hash", length = 64)
  private String previousSecretHash;

  @Column(name = "previous_secret_valid_until")
  private OffsetDateTime previousSecretValidUntil;

  @Column(nullable = false, length = 32)
  private String platforms = "v1 v2";

  @Column(nullable = false, length = 32)
  private String acrs = "";

  @Column(name = "jwks_uri", length = 1024)
  private String jwksUri;

  @Embedded private AnswerEncryption encryption;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "service_provider_post_logout_uri",
      joinColumns = @JoinColumn(name = "service_provider_id"))
  @Column(name = "post_logout_redirect_uri", nullable = false, length = 1024)
  private Set<String> postLogoutRedirectUris = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "service_provider_redirect_uri",
      joinColumns = @JoinColumn(name = "service_provider_id"))
  @Column(name = "redirect_uri", nullable = false, length = 1024)
  private Set<String> redirectUris = new LinkedHashSet<>();

  protected ServiceProvider() {}

  public ServiceProvider(String clientId, String name, String entityId, Type type) {
    this.clientId = clientId;
    this.name = name;
    this.entityId = entityId;
    this.type = type;
    this.active = true;
    this.idTokenSigningAlg = "ES256";
    this.userinfoSigningAlg = "ES256";
    this.createdAt = OffsetDateTime.now();
  }

  /** Replaces what an operator registers; the client_id, secret and creation date never change here. */
  public void register(
      String name,
      String entityId,
      Type type,
      String category,
      Set<String> scopes,
      Set<String> redirectUris,
      Set<String> postLogoutRedirectUris) {
    this.name = name;
    this.entityId = entityId;
    this.type = type;
    this.category = category;
    this.scopes = WordList.join(scopes);
    if (!this.redirectUris.equals(redirectUris)) {
      this.redirectUris.clear();
      this.redirectUris.addAll(redirectUris);
    }
    if (!this.postLogoutRedirectUris.equals(postLogoutRedirectUris)) {
      this.postLogoutRedirectUris.clear();
      this.postLogoutRedirectUris.addAll(postLogoutRedirectUris);
    }
  }

  /** The algorithms of this SP's ID tokens and userinfo responses. */
  public void signWith(String idTokenAlg, String userinfoAlg) {
    this.idTokenSigningAlg = idTokenAlg;
    this.userinfoSigningAlg = userinfoAlg;
  }

  /**
   * Its client secret from now on, hashed, and sealed too when fc signs with it (HS256), else null;
   * a previous secret stops working at once.
   */
  public void useSecret(String secretHash, String sealedSecret) {
    this.clientSecretHash = secretHash;
    this.clientSecretSealed = sealedSecret;
    this.previousSecretHash = null;
    this.previousSecretValidUntil = null;
  }

  /** A new client secret; the current one keeps working until {@code previousValidUntil}. */
  public void rotateSecret(String secretHash, String sealedSecret, OffsetDateTime previousValidUntil) {
    this.previousSecretHash = this.clientSecretHash;
    this.previousSecretValidUntil = previousValidUntil;
    this.clientSecretHash = secretHash;
    this.clientSecretSealed = sealedSecret;
  }

  /** Its secret sealed, when fc signs with it (HS256); null when it no longer does. */
  public void sealSecret(String sealedSecret) {
    this.clientSecretSealed = sealedSecret;
  }

  @Override
  public void activate(boolean active) {
    this.active = active;
  }

  public String getCategory() {
    return category;
  }

  public String getPreviousSecretHash() {
    return previousSecretHash;
  }

  public OffsetDateTime getPreviousSecretValidUntil() {
    return previousSecretValidUntil;
  }

  /** The platforms this SP logs in through (v1, v2, plus). */
  public void serveOn(Set<String> platforms) {
    this.platforms = WordList.join(platforms);
  }

  public Set<String> getPlatforms() {
    return WordList.split(platforms);
  }

  /** The levels this SP may ask for; none for every level of its platforms. */
  public void allowAcrs(Set<String> acrs) {
    this.acrs = WordList.join(acrs);
  }

  public Set<String> getAcrs() {
    return WordList.split(acrs);
  }

  /** Where its public keys are and how fc encrypts its ID tokens and userinfo to them; both null when fc does not. */
  public void encryptTo(String jwksUri, AnswerEncryption encryption) {
    this.jwksUri = jwksUri;
    this.encryption = encryption;
  }

  public String getJwksUri() {
    return jwksUri;
  }

  /** Its answers' encryption: null, or null fields, when fc encrypts nothing to it. */
  public AnswerEncryption getAnswerEncryption() {
    return encryption;
  }

  /** The prompt values fc honours when this SP sends them; none unless whitelisted. */
  public void allowPrompts(Set<String> prompts) {
    this.allowedPrompts = WordList.join(prompts);
  }

  public Set<String> getAllowedPrompts() {
    return WordList.split(allowedPrompts);
  }

  /** Whether this SP, when private, must collect the citizen's consent to the identity it receives. */
  public void requireIdentityConsent(boolean required) {
    this.identityConsent = required;
  }

  public boolean isIdentityConsent() {
    return identityConsent;
  }

  /** The IdPs this SP excludes ({@code exclude}), or the only ones it allows. */
  public void filterIdps(boolean exclude, Set<String> idpIds) {
    this.idpFilterExclude = exclude;
    this.idpFilterList = WordList.join(idpIds);
  }

  public boolean isIdpFilterExclude() {
    return idpFilterExclude;
  }

  public Set<String> getIdpFilterList() {
    return WordList.split(idpFilterList);
  }

  public String getClientSecretSealed() {
    return clientSecretSealed;
  }

  public Long getId() {
    return id;
  }

  public String getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public String getEntityId() {
    return entityId;
  }

  public Type getType() {
    return type;
  }

  @Override
  public boolean isActive() {
    return active;
  }

  public String getIdTokenSigningAlg() {
    return idTokenSigningAlg;
  }

  public String getUserinfoSigningAlg() {
    return userinfoSigningAlg;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public Set<String> getRedirectUris() {
    return redirectUris;
  }

  public Set<String> getPostLogoutRedirectUris() {
    return postLogoutRedirectUris;
  }

  public String getClientSecretHash() {
    return clientSecretHash;
  }

  /** The scopes this SP is entitled to. */
  public Set<String> getScopes() {
    return WordList.split(scopes);
  }
}
