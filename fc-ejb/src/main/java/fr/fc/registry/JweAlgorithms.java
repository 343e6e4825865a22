package fr.fc.registry;

import fr.fc.registry.model.AnswerEncryption;

/**
 * How a partner encrypts what it sends fc, or fc what it sends the partner (contract section 1.9):
 * the JWE key algorithm (ECDH-ES, RSA-OAEP, RSA-OAEP-256) and content encryption (A256GCM).
 */
public record JweAlgorithms(String alg, String enc) {

  /** The columns of a partner's answers' encryption. */
  static AnswerEncryption column(JweAlgorithms idToken, JweAlgorithms userinfo) {
    return new AnswerEncryption(
        idToken == null ? null : idToken.alg(), idToken == null ? null : idToken.enc(),
        userinfo == null ? null : userinfo.alg(), userinfo == null ? null : userinfo.enc());
  }

  /** The ID token's encryption in these columns, or null. */
  static JweAlgorithms ofIdToken(AnswerEncryption column) {
    if (column == null || column.getIdTokenAlg() == null) {
      return null;
    }
    return new JweAlgorithms(column.getIdTokenAlg(), column.getIdTokenEnc());
  }

  /** The userinfo's encryption in these columns, or null. */
  static JweAlgorithms ofUserinfo(AnswerEncryption column) {
    if (column == null || column.getUserinfoAlg() == null) {
      return null;
    }
    return new JweAlgorithms(column.getUserinfoAlg(), column.getUserinfoEnc());
  }

  /** Reads the pair of an entry: none when the algorithm is absent, A256GCM when only it is given. */
  static JweAlgorithms read(EntryReader entry, String algField, String encField) {
    if (!entry.has(algField)) {
      if (entry.has(encField)) {
        throw EntryReader.refused(encField, "needs " + algField);
      }
      return null;
    }
    return new JweAlgorithms(
        entry.oneOf(algField, null, ResponseEncryption.ALGORITHMS),
        entry.oneOf(encField, "A256GCM", ResponseEncryption.CONTENT_ENCRYPTIONS));
  }
}
