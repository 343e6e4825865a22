package fr.fc.sandbox.rnipp;

import static fr.fc.sandbox.rnipp.Identification.Type.CLOSE;
import static fr.fc.sandbox.rnipp.Identification.Type.CORRECTED;
import static fr.fc.sandbox.rnipp.Identification.Type.FOUND;
import static fr.fc.sandbox.rnipp.Identification.Type.NOT_FOUND;
import static fr.fc.sandbox.rnipp.Identification.Type.SEVERAL;
import static fr.fc.sandbox.rnipp.Identification.Type.USAGE_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.sandbox.rnipp.Identification.Type;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Guards the demo logins: every demo IdP account whose identity fc accepts gets, from the register,
 * the answer its login promises, queried as fc's connector queries it.
 */
class DemoAccountsInRegisterTest {

  static final String ACCOUNTS = "/fr/fc/sandbox/idp/accounts.csv";

  /** The accounts fc rejects before asking the register: an identity missing or malformed. */
  static final Set<String> INVALID_IDENTITIES =
      Set.of("sans_genre", "sans_email", "sans_lieu", "test_INVALID_COG", "date_invalide",
          "erreur_idp");

  /** The accounts whose given names make the simulator fail (slow, HTTP 500, out of shape). */
  static final Set<String> FAILURE_TRIGGERS = Set.of("rnipp_lent", "rnipp_panne", "rnipp_illisible");

  static final Map<String, Type> EXPECTED = expected();

  private final RegisterSearch register = new RegisterSearch(RegisterFile.read());

  private static Map<String, Type> expected() {
    Map<String, Type> expected = new LinkedHashMap<>();
    List.of("test", "accents", "compose", "prenoms", "presume_jour", "presume_mois", "corse",
            "haute_corse", "reunion", "polynesie", "espagne", "algerie", "rnipp_decede",
            "rnipp_etranger", "rnipp_presume")
        .forEach(login -> expected.put(login, FOUND));
    // test's identity: only the forged signature of its ID token may keep it out of fc.
    expected.put("signature_invalide", FOUND);
    expected.put("sub_incoherent", FOUND);
    expected.put("rnipp_corrige", CORRECTED);
    expected.put("rnipp_usage", USAGE_NAME);
    expected.put("rnipp_homonyme", SEVERAL);
    expected.put("rnipp_inconnu", NOT_FOUND);
    expected.put("rnipp_proche", CLOSE);
    return expected;
  }

  @Test
  void everyAccountIsEitherInvalidOrPromisesAnAnswer() throws Exception {
    Set<String> promised = new TreeSet<>(EXPECTED.keySet());
    promised.addAll(INVALID_IDENTITIES);
    promised.addAll(FAILURE_TRIGGERS);

    assertEquals(promised, new TreeSet<>(accounts().keySet()));
  }

  @Test
  void everyValidAccountGetsTheAnswerItsLoginPromises() throws Exception {
    for (Map.Entry<String, Map<String, String>> account : accounts().entrySet()) {
      if (!INVALID_IDENTITIES.contains(account.getKey()) && !FAILURE_TRIGGERS.contains(account.getKey())) {
        Identification answer = register.identify(query(account.getValue()));
        assertEquals(EXPECTED.get(account.getKey()), answer.type(), account.getKey());
      }
    }
  }

  @Test
  void theRegisterKnowsFoundAccountsAsTheirIdpSendsThem() throws Exception {
    for (Map.Entry<String, Map<String, String>> account : accounts().entrySet()) {
      if (EXPECTED.get(account.getKey()) == FOUND) {
        Map<String, String> claims = account.getValue();
        RegisterRecord found = register.identify(query(claims)).individuals().get(0);
        String login = account.getKey();
        assertEquals(claims.get("family_name"), found.birthName(), login);
        assertEquals(claims.get("given_name"), found.givenNamesText(), login);
        assertEquals(
            claims.get("birthdate").replace("-", ""),
            RegisterDate.queryForm(found.birthdate()),
            login);
        assertEquals(sexe(claims.get("gender")), found.sex(), login);
        assertEquals(claims.get("birthcountry"), found.birthcountry().code(), login);
        assertEquals(placeCode(claims), found.placeCode(), login);
        assertEquals(login.equals("rnipp_decede"), found.isDeceased(), login);
      }
    }
  }

  /** The query fc's connector sends for these claims; it must be well formed. */
  private static IdentityQuery query(Map<String, String> claims) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("rechercheType", "S");
    parameters.put("nom", claims.get("family_name"));
    parameters.put("prenoms", claims.get("given_name"));
    parameters.put("dateNaissance", claims.get("birthdate").replace("-", ""));
    parameters.put("sexe", sexe(claims.get("gender")));
    parameters.put("codeLieuNaissance", placeCode(claims));
    return IdentityQuery.parse(parameters::get);
  }

  private static String sexe(String gender) {
    return switch (gender) {
      case "male" -> "M";
      case "female" -> "F";
      default -> "I";
    };
  }

  private static String placeCode(Map<String, String> claims) {
    String birthplace = claims.get("birthplace");
    return birthplace.isEmpty() ? claims.get("birthcountry") : birthplace;
  }

  /** The accounts of the demo IdPs: login → column → value (empty when absent). */
  private static Map<String, Map<String, String>> accounts() throws Exception {
    try (InputStream csv = DemoAccountsInRegisterTest.class.getResourceAsStream(ACCOUNTS);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String[] columns = lines.readLine().split(",");
      Map<String, Map<String, String>> accounts = new LinkedHashMap<>();
      lines.lines().filter(line -> !line.isBlank()).map(line -> line.split(",", -1))
          .forEach(
              fields -> {
                Map<String, String> account = new HashMap<>();
                for (int i = 0; i < columns.length; i++) {
                  account.put(columns[i], fields[i]);
                }
                accounts.put(account.get("login"), account);
              });
      return accounts;
    }
  }
}
