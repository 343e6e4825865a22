package fr.fc.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A data provider registered with fc: it checks an SP's access token at fc's checktoken endpoint,
 * and gets the answer signed by fc and encrypted to its own key.
 */
@Entity
@Table(name = "data_provider")
@NamedQuery(
    name = DataProvider.FIND_BY_UID,
    query = "SELECT dp FROM DataProvider dp WHERE dp.uid = :uid")
public class DataProvider implements RegisteredPartner {

  public static final String FIND_BY_UID = "DataProvider.findByUid";

  @Id
  @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @Column(name = "provider_uid", nullable = false, unique = true, length = 64)
  private String uid;

  @Column(nullable = false, length = 256)
  private String title;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "client_id", nullable = false, unique = true, length = 64)
  private String clientId;

  @Column(name = "client_secret_hash", nullable = false, length = 64)
  private String clientSecretHash;

  @Column(nullable = false, length = 2048)
  private String scopes = "";

  @Column(name = "jwks_uri", nullable = false, length = 1024)
  private String jwksUri;

  @Column(name = "checktoken_signed_response_alg", nullable = false, length = 8)
  private String signedResponseAlg;

  @Column(name = "checktoken_encrypted_response_alg", nullable = false, length = 16)
  private String encryptedResponseAlg;

  @Column(name = "checktoken_encrypted_response_enc", nullable = false, length = 16)
  private String encryptedResponseEnc;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "previous_secret_hash", length = 64)
  private String previousSecretHash;

  @Column(name = "previous_secret_valid_until")
  private OffsetDateTime previousSecretValidUntil;

  protected DataProvider() {}

  public DataProvider(String uid) {
    this.uid = uid;
    this.createdAt = OffsetDateTime.now();
  }

  /** Brings the row up to what the operator registered; its secret changes apart. */
  public void register(String title, String clientId, Set<String> scopes, String jwksUri) {
    this.title = title;
    this.clientId = clientId;
    this.scopes = WordList.join(scopes);
    this.jwksUri = jwksUri;
  }

  @Override
  public void activate(boolean active) {
    this.active = active;
  }

  /** Its client secret from now on, hashed; a previous secret stops working at once. */
  public void useSecret(String secretHash) {
    this.clientSecretHash = secretHash;
    this.previousSecretHash = null;
    this.previousSecretValidUntil = null;
  }

  /** A new client secret; the current one keeps working until {@code previousValidUntil}. */
  public void rotateSecret(String secretHash, OffsetDateTime previousValidUntil) {
    this.previousSecretHash = this.clientSecretHash;
    this.previousSecretValidUntil = previousValidUntil;
    this.clientSecretHash = secretHash;
  }

  public String getPreviousSecretHash() {
    return previousSecretHash;
  }

  public OffsetDateTime getPreviousSecretValidUntil() {
    return previousSecretValidUntil;
  }

  /** How fc answers its checktoken calls: signed with signedAlg, then encrypted with encryptedAlg/enc. */
  public void answerWith(String signedAlg, String encryptedAlg, String encryptedEnc) {
    this.signedResponseAlg = signedAlg;
    this.encryptedResponseAlg = encryptedAlg;
    this.encryptedResponseEnc = encryptedEnc;
  }

  public Long getId() {
    return id;
  }

  public String getUid() {
    return uid;
  }

  public String getTitle() {
    return title;
  }

  @Override
  public boolean isActive() {
    return active;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecretHash() {
    return clientSecretHash;
  }

  /** The data scopes this provider serves. */
  public Set<String> getScopes() {
    return WordList.split(scopes);
  }

  public String getJwksUri() {
    return jwksUri;
  }

  public String getSignedResponseAlg() {
    return signedResponseAlg;
  }

  public String getEncryptedResponseAlg() {
    return encryptedResponseAlg;
  }

  public String getEncryptedResponseEnc() {
    return encryptedResponseEnc;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
