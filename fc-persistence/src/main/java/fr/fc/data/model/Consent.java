package fr.fc.data.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * A citizen's answer on the consent page: the SP, the citizen's sub for it, the scopes it asked
 * for, given or refused. Written once, never changed.
 */
@Entity
@Table(name = "consent")
public class Consent {

  @Id
  @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
  private Long id;

  @Column(name = "answered_at", nullable = false)
  private OffsetDateTime answeredAt;

  @Column(name = "sp_client_id", nullable = false, length = 64)
  private String spClientId;

  @Column(nullable = false, length = 80)
  private String sub;

  @Column(nullable = false, length = 2048)
  private String scopes;

  @Column(nullable = false)
  private boolean given;

  protected Consent() {}

  public Consent(String spClientId, String sub, Collection<String> scopes, boolean given) {
    this.answeredAt = OffsetDateTime.now();
    this.spClientId = spClientId;
    this.sub = sub;
    this.scopes = String.join(" ", scopes);
    this.given = given;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  public String getSpClientId() {
    return spClientId;
  }

  public String getSub() {
    return sub;
  }

  public String getScopes() {
    return scopes;
  }

  public boolean isGiven() {
    return given;
  }
}
