package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.fc.sandbox.PageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AccountGuideTest {

  @Test
  void describesEveryAccountOfAccountsCsvAndNoOther() throws IOException {
    Set<String> logins = new TreeSet<>(DemoAccounts.read().keySet());

    assertEquals(logins, new TreeSet<>(descriptions("account-guide_fr.properties").stringPropertyNames()));
    assertEquals(logins, new TreeSet<>(descriptions("account-guide_en.properties").stringPropertyNames()));
  }

  @Test
  void listsTheAccountsInTheOrderOfTheFileInEitherLanguage() {
    List<String> logins = List.copyOf(DemoAccounts.read().keySet());

    for (PageLanguage language : PageLanguage.values()) {
      List<AccountGuide.Entry> entries = AccountGuide.entries(language);
      assertEquals(logins, entries.stream().map(AccountGuide.Entry::login).toList());
      entries.forEach(entry -> assertFalse(entry.description().isBlank(), entry.login()));
    }
  }

  @Test
  void saysWhatEachShowsInTheReadersLanguage() {
    String french = AccountGuide.description("sans_email", PageLanguage.FRENCH);
    String english = AccountGuide.description("sans_email", PageLanguage.ENGLISH);

    assertEquals("Bernard LAMBERT, sans adresse électronique : identité incomplète, fc la refuse (Y600006).", french);
    assertEquals("Bernard LAMBERT, without e-mail address: an incomplete identity, which fc refuses (Y600006).", english);
    assertNotEquals(
        AccountGuide.description("rnipp_decede", PageLanguage.FRENCH),
        AccountGuide.description("rnipp_decede", PageLanguage.ENGLISH));
  }

  private static Properties descriptions(String file) throws IOException {
    Properties descriptions = new Properties();
    try (InputStream in = AccountGuide.class.getResourceAsStream(file)) {
      descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return descriptions;
  }
}
