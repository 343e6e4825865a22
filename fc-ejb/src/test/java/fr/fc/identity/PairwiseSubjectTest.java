package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PairwiseSubjectTest {

  // The test vector of contract section 1.8 (connexion-sub.feature).
  private static final String ENTITY_ID =
      "a0cd64372db6ecf39c317c0c74ce90f02d8ad7d510ce054883b759d666a996bc";
  private static final String SECRET =
      "9ed64cd3762973c8a5219e0774671940a3550ae1050af86831d613193e825caa";
  private static final PivotIdentity JOELLE =
      identity("Joëlle Françoise", "DUBINÔRE", "1992-08-15", "75117", "99100");

  private final PairwiseSubject subjects = new PairwiseSubject(SECRET);

  @Test
  void matchesTheContractTestVector() {
    assertEquals(
        "J2WdqlpnUQ1WxMA3BngwBCPo0Al6bxKgBb/PVNZlZZs=", PairwiseSubject.identityHash(JOELLE));
    assertEquals(
        "34f4e38b510841db1a83716b981f7298badec51dc52e91af245903b56e2d72bbv1",
        subjects.forEntity(ENTITY_ID, JOELLE));
  }

  @Test
  void concatenatesThePivotFields() {
    assertEquals(
        "Joëlle FrançoiseDUBINÔRE1992-08-15female7511799100", PairwiseSubject.serial(JOELLE));
  }

  @Test
  void wouldDifferIfHashedAsUtf8() throws Exception {
    byte[] utf8 = PairwiseSubject.serial(JOELLE).getBytes(StandardCharsets.UTF_8);
    String utf8Hash =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(utf8));

    assertNotEquals(PairwiseSubject.identityHash(JOELLE), utf8Hash);
  }

  @Test
  void readsCharactersAboveLatin1AsNodeDoes() {
    // Node: Buffer.from("Œ😀", "binary") is <52 3d 00>; Java's ISO-8859-1 would give "??".
    assertArrayEquals(new byte[] {0x52, 0x3d, 0x00}, PairwiseSubject.nodeBinary("Œ😀"));
    assertArrayEquals(new byte[] {(byte) 0xeb, (byte) 0xd4}, PairwiseSubject.nodeBinary("ëÔ"));
  }

  @Test
  void matchesNodeForANameOutsideLatin1() {
    // Computed with Node: createHash("sha256").update(serial, "binary").digest("base64").
    PivotIdentity zoe = identity("Zoé Cœur", "DUPONT", "1985-01-01", "2A004", "99100");

    assertEquals("abhvdAPgfR4ZJA9sK8eo56UrN/e9/pP/d0klovcYJC8=", PairwiseSubject.identityHash(zoe));
  }

  @Test
  void isSixtySixCharactersOfLowerCaseHexAndVersion() {
    String sub = subjects.forEntity(ENTITY_ID, JOELLE);

    assertEquals(66, sub.length());
    assertEquals(sub.toLowerCase(), sub);
  }

  @Test
  void differsBetweenEntitiesAndSecrets() {
    String sub = subjects.forEntity(ENTITY_ID, JOELLE);

    assertNotEquals(sub, subjects.forEntity("another-entity", JOELLE));
    assertNotEquals(sub, new PairwiseSubject("another-secret").forEntity(ENTITY_ID, JOELLE));
  }

  @Test
  void ignoresTheBirthplaceOfAPersonBornAbroad() {
    PivotIdentity inMadrid = identity("Ana", "GARCIA", "1980-03-01", "Madrid", "99134");
    PivotIdentity unknownPlace = identity("Ana", "GARCIA", "1980-03-01", "", "99134");

    assertEquals(
        subjects.forEntity(ENTITY_ID, unknownPlace), subjects.forEntity(ENTITY_ID, inMadrid));
    assertEquals("AnaGARCIA1980-03-01female99134", PairwiseSubject.serial(inMadrid));
  }

  @Test
  void refusesAnEmptySecret() {
    assertThrows(IllegalArgumentException.class, () -> new PairwiseSubject(" "));
  }

  @Test
  void keepsTheSecretOutOfItsDescription() {
    assertFalse(subjects.toString().contains(SECRET));
  }

  private static PivotIdentity identity(
      String givenName, String familyName, String birthdate, String birthplace, String country) {
    return new PivotIdentity(
        givenName,
        PivotIdentity.splitGivenName(givenName),
        familyName,
        birthdate,
        "female",
        birthplace,
        country,
        null,
        null);
  }
}
