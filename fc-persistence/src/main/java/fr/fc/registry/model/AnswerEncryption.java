package fr.fc.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a partner's ID tokens and userinfo are encrypted (contract section 1.9): the JWE key
 * algorithm and content encryption of each, null for an answer sent in clear. An SP's are what fc
 * encrypts to its keys; an IdP's, what it encrypts to fc's.
 */
@Embeddable
public class AnswerEncryption {

  @Column(name = "id_token_encrypted_alg", length = 16)
  private String idTokenAlg;

  @Column(name = "id_token_encrypted_enc", length = 16)
  private String idTokenEnc;

  @Column(name = "userinfo_encrypted_alg", length = 16)
  private String userinfoAlg;

  @Column(name = "userinfo_encrypted_enc", length = 16)
  private String userinfoEnc;

  protected AnswerEncryption() {}

  public AnswerEncryption(String idTokenAlg, String idTokenEnc, String userinfoAlg, String userinfoEnc) {
    this.idTokenAlg = idTokenAlg;
    this.idTokenEnc = idTokenEnc;
    this.userinfoAlg = userinfoAlg;
    this.userinfoEnc = userinfoEnc;
  }

  public String getIdTokenAlg() {
    return idTokenAlg;
  }

  public String getIdTokenEnc() {
    return idTokenEnc;
  }

  public String getUserinfoAlg() {
    return userinfoAlg;
  }

  public String getUserinfoEnc() {
    return userinfoEnc;
  }
}
