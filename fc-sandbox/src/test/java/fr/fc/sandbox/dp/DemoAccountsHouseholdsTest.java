package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards the data file against the demo logins: every household serves a demo account, and the
 * identity fc sends for that account after its RNIPP check (the register's version, in the RNIPP
 * simulator's persons.csv) finds that household and no other.
 */
class DemoAccountsHouseholdsTest {

  static final String ACCOUNTS = "/fr/fc/sandbox/idp/accounts.csv";
  static final String REGISTER = "/fr/fc/sandbox/rnipp/persons.csv";
  static final String WITHOUT_HOUSEHOLD = "algerie";

  private final List<TaxHousehold> households = TaxHouseholdFile.read();
  private final TaxHouseholds byIdentity = new TaxHouseholds(households);

  @Test
  void everyHouseholdServesADemoAccountOnce() throws Exception {
    Set<String> logins = csv(ACCOUNTS, "login").keySet();
    List<String> served = households.stream().map(TaxHousehold::demoAccount).toList();

    assertTrue(logins.containsAll(served), served.toString());
    assertEquals(served.size(), Set.copyOf(served).size(), "one household per account");
    assertTrue(served.size() >= 5, "the main account and a few others");
    assertTrue(served.contains("test"));
  }

  @Test
  void theIdentityFcSendsForEachAccountFindsItsHousehold() throws Exception {
    Map<String, Map<String, String>> register = csv(REGISTER, "id");
    for (TaxHousehold household : households) {
      Map<String, String> person = register.get(household.demoAccount());
      assertTrue(person != null, household.demoAccount() + " is in the register");

      assertEquals(household, byIdentity.of(identityFcSends(person)), household.demoAccount());
    }
  }

  @Test
  void oneDemoAccountHasNoHousehold() throws Exception {
    Map<String, String> person = csv(REGISTER, "id").get(WITHOUT_HOUSEHOLD);
    assertFalse(
        households.stream().anyMatch(household -> household.demoAccount().equals("algerie")));

    DpException refusal =
        assertThrows(DpException.class, () -> byIdentity.of(identityFcSends(person)));
    assertEquals(DpError.NOT_FOUND, refusal.error());
  }

  /** The claims fc sends for a register record: its spelling, gender from sex. */
  private static PivotIdentity identityFcSends(Map<String, String> person) {
    return new PivotIdentity(
        Arrays.asList(person.get("given_names").split("\\|")),
        person.get("birth_name"),
        person.get("birthdate"),
        person.get("sex").equals("F") ? "female" : "male",
        person.get("birthplace"),
        person.get("birthcountry"));
  }

  /** A CSV resource without quoting: key column's value → column → value. */
  private static Map<String, Map<String, String>> csv(String resource, String key)
      throws Exception {
    try (InputStream in = DemoAccountsHouseholdsTest.class.getResourceAsStream(resource);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] columns = lines.readLine().split(",");
      Map<String, Map<String, String>> rows = new LinkedHashMap<>();
      lines
          .lines()
          .filter(line -> !line.isBlank())
          .map(line -> line.split(",", -1))
          .forEach(
              fields -> {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.length; i++) {
                  row.put(columns[i], fields[i]);
                }
                rows.put(row.get(key), row);
              });
      return rows;
    }
  }
}
