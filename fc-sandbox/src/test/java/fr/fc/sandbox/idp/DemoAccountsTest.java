package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

  static final String HEADER =
      "login,password,given_name,family_name,birthdate,gender,birthplace,birthcountry,email,"
          + "preferred_username\n";

  private final DemoAccounts accounts = new DemoAccounts();

  @BeforeEach
  void load() {
    accounts.load();
  }

  @Test
  void loadsTheStandardTestAccount() {
    DemoAccount test = accounts.authenticate("test", "123").orElseThrow();

    Map<String, Object> userinfo = test.userinfo("impots");
    assertEquals("Angela Claire Louise", userinfo.get("given_name"));
    assertEquals("DUBOIS", userinfo.get("family_name"));
    assertEquals("1962-08-24", userinfo.get("birthdate"));
    assertEquals("female", userinfo.get("gender"));
    assertEquals("75107", userinfo.get("birthplace"));
    assertEquals("99100", userinfo.get("birthcountry"));
    assertEquals(test.subjectAt("impots"), userinfo.get("sub"));
    assertEquals("DUBOIS", userinfo.get("preferred_username"));
    assertEquals("+33 6 12 34 56 78", userinfo.get("phone_number"));
    assertEquals(
        Map.of("formatted", "20 avenue de Ségur, 75007 Paris, France", "street_address", "20 avenue de Ségur",
            "postal_code", "75007", "locality", "Paris", "country", "France"),
        userinfo.get("address"));
    assertEquals(11, userinfo.size(), "sub and the 10 claims");
  }

  @Test
  void keepsAccentsAndSpecialCharacters() {
    DemoAccount accents = accounts.authenticate("accents", "123").orElseThrow();

    assertEquals("Joëlle Françoise", accents.claims().get("given_name"));
    assertEquals("DUBINÔRE", accents.claims().get("family_name"));
  }

  @Test
  void leavesOutTheClaimsAnAccountLacks() {
    assertFalse(claims("sans_genre").containsKey("gender"));
    assertFalse(claims("sans_email").containsKey("email"));
    assertFalse(claims("sans_lieu").containsKey("birthplace"));
    assertEquals("99100", claims("sans_lieu").get("birthcountry"));
    assertFalse(claims("espagne").containsKey("birthplace"));
    assertEquals("99134", claims("espagne").get("birthcountry"));
  }

  @Test
  void coversTheContractsEdgeCases() {
    assertEquals("1985-04-00", claims("presume_jour").get("birthdate"));
    assertEquals("1970-00-00", claims("presume_mois").get("birthdate"));
    assertEquals("1990-00-15", claims("date_invalide").get("birthdate"));
    assertEquals("2A004", claims("corse").get("birthplace"));
    assertEquals("2B050", claims("haute_corse").get("birthplace"));
    assertEquals("97411", claims("reunion").get("birthplace"));
    assertEquals("98729", claims("polynesie").get("birthplace"));
    assertEquals("99352", claims("algerie").get("birthcountry"));
    assertEquals("75999", claims("test_INVALID_COG").get("birthplace"));
    assertTrue(claims("compose").get("given_name").contains("-"));
    assertTrue(claims("compose").get("family_name").contains(" "));
  }

  @Test
  void givesEveryAccountThePassword123() {
    for (String login : accounts.logins()) {
      assertTrue(accounts.authenticate(login, "123").isPresent(), login);
    }
  }

  @Test
  void refusesAWrongPasswordOrAnUnknownLogin() {
    assertTrue(accounts.authenticate("test", "1234").isEmpty());
    assertTrue(accounts.authenticate("test", null).isEmpty());
    assertTrue(accounts.authenticate("TEST", "123").isEmpty());
    assertTrue(accounts.authenticate(null, "123").isEmpty());
  }

  @Test
  void hasOneAccountThatMakesTheIdpFail() {
    assertTrue(accounts.authenticate("erreur_idp", "123").orElseThrow().failsOnPurpose());
    assertFalse(accounts.authenticate("test", "123").orElseThrow().failsOnPurpose());
  }

  @Test
  void givesAStableSubjectPerIdp() {
    DemoAccount test = accounts.authenticate("test", "123").orElseThrow();
    DemoAccount again = new DemoAccount("test", "123", Map.of());

    assertEquals(test.subjectAt("ameli"), again.subjectAt("ameli"));
    assertNotEquals(test.subjectAt("ameli"), test.subjectAt("impots"));
    assertNotEquals(
        test.subjectAt("ameli"),
        accounts.authenticate("accents", "123").orElseThrow().subjectAt("ameli"));
  }

  @Test
  void listsTheLoginsInTheOrderOfTheFile() {
    List<String> logins = accounts.logins();
    assertEquals("test", logins.get(0));
    assertTrue(logins.contains("test_INVALID_COG"));
  }

  @Test
  void rejectsAMalformedFile() {
    assertThrows(IllegalStateException.class, () -> parse("login,password\n"));
    assertThrows(IllegalStateException.class, () -> parse(HEADER + "x,123,too,few\n"));
    String line = "x,123,A,B,2000-01-01,male,75101,99100,a@example.com,\n";
    assertThrows(IllegalStateException.class, () -> parse(HEADER + line + line));
  }

  private Map<String, String> claims(String login) {
    return accounts.authenticate(login, "123").orElseThrow().claims();
  }

  private static Map<String, DemoAccount> parse(String csv) throws Exception {
    return DemoAccounts.parse(new BufferedReader(new StringReader(csv)));
  }
}
