package fr.fc.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** An identity provider registered with fc: fc is its OpenID Connect client. */
@Entity
@Table(name = "identity_provider")
@NamedQuery(
    name = IdentityProvider.FIND_BY_UID,
    query = "SELECT idp FROM IdentityProvider idp WHERE idp.uid = :uid")
public class IdentityProvider implements RegisteredPartner {

  public static final String FIND_BY_UID = "IdentityProvider.findByUid";

  @Id
  @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @Column(name = "provider_uid", nullable = false, unique = true, length = 64)
  private String uid;

  @Column(nullable = false, length = 256)
  private String title;

  @Column(nullable = false, length = 1024)
  private String issuer;

  @Column(name = "client_id", nullable = false, length = 256)
  private String clientId;

  @Column(name = "client_secret_sealed", nullable = false, length = 1024)
  private String clientSecretSealed;

  @Column(name = "allowed_acrs", nullable = false, length = 64)
  private String allowedAcrs;

  /** The endpoints registered by hand, as a JSON object; {} to use discovery. */
  @Column(nullable = false, length = 4096)
  private String endpoints = "{}";

  @Column(name = "id_token_signing_alg", nullable = false, length = 8)
  private String idTokenSigningAlg;

  @Column(name = "userinfo_signing_alg", nullable = false, length = 8)
  private String userinfoSigningAlg;

  @Column(nullable = false, length = 256)
  private String amr = "";

  @Embedded private AnswerEncryption encryption;

  /** Its logo as a data URL (SVG or PNG, base64), or null. */
  @Column(length = 45_000)
  private String logo;

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  @Column(nullable = false)
  private boolean displayed;

  @Column(nullable = false)
  private boolean beta;

  @Column(nullable = false)
  private boolean available;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected IdentityProvider() {}

  public IdentityProvider(String uid) {
    this.uid = uid;
    this.createdAt = OffsetDateTime.now();
  }

  /** Brings the row up to what the operator registered. */
  public void register(
      String title, String issuer, String clientId, List<String> allowedAcrs, String endpointsJson,
      String idTokenSigningAlg, String userinfoSigningAlg) {
    this.title = title;
    this.issuer = issuer;
    this.clientId = clientId;
    this.allowedAcrs = WordList.join(allowedAcrs);
    this.endpoints = endpointsJson;
    this.idTokenSigningAlg = idTokenSigningAlg;
    this.userinfoSigningAlg = userinfoSigningAlg;
  }

  /** Where and how its tile shows on the choice page, and whether citizens may be sent to it. */
  public void show(int displayOrder, boolean displayed, boolean beta, boolean available) {
    this.displayOrder = displayOrder;
    this.displayed = displayed;
    this.beta = beta;
    this.available = available;
  }

  /** How the IdP encrypts its ID tokens and userinfo to fc's keys. */
  public void encryptAnswers(AnswerEncryption encryption) {
    this.encryption = encryption;
  }

  /** Its answers' encryption: null, or null fields, for answers in clear. */
  public AnswerEncryption getAnswerEncryption() {
    return encryption;
  }

  /** Its logo on the choice page, a data URL; null for none. */
  public void showLogo(String dataUrl) {
    this.logo = dataUrl;
  }

  public String getLogo() {
    return logo;
  }

  /** The amr values fc states for logins through this IdP; none to pass on the IdP's own. */
  public void stateAmr(List<String> amr) {
    this.amr = WordList.join(amr);
  }

  public List<String> getAmr() {
    return List.copyOf(WordList.split(amr));
  }

  @Override
  public void activate(boolean active) {
    this.active = active;
  }

  public void sealSecret(String sealedSecret) {
    this.clientSecretSealed = sealedSecret;
  }

  public String getUid() {
    return uid;
  }

  public String getTitle() {
    return title;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecretSealed() {
    return clientSecretSealed;
  }

  public Set<String> getAllowedAcrs() {
    return WordList.split(allowedAcrs);
  }

  public String getEndpoints() {
    return endpoints;
  }

  public String getIdTokenSigningAlg() {
    return idTokenSigningAlg;
  }

  public String getUserinfoSigningAlg() {
    return userinfoSigningAlg;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }

  public boolean isDisplayed() {
    return displayed;
  }

  public boolean isBeta() {
    return beta;
  }

  public boolean isAvailable() {
    return available;
  }

  @Override
  public boolean isActive() {
    return active;
  }
}
