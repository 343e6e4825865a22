package fr.fc.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import fr.fc.shared.docs.GeneratedDoc;
import org.junit.jupiter.api.Test;

/**
 * docs/config.md, what operators read to configure fc, is what {@link Setting} says. After changing
 * a setting, rewrite it with {@code ./mvnw test -pl fc-ejb -am -Dtest=ConfigCatalogueTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfc.docs.update=true}.
 */
class ConfigCatalogueTest {

  @Test
  void theCatalogueIsUpToDate() throws Exception {
    GeneratedDoc.assertUpToDate("config.md", render(), ConfigCatalogueTest.class);
  }

  @Test
  void everyKeyIsNamedByItsDomainAndUnique() {
    long distinct = Arrays.stream(Setting.values()).map(Setting::key).distinct().count();

    assertEquals(Setting.values().length, distinct);
    for (Setting setting : Setting.values()) {
      assertTrue(setting.key().matches("fc\\.[a-z]+\\.[a-z-]+"), setting.key());
    }
  }

  static String render() {
    StringBuilder out =
        new StringBuilder(
            """
            # fc's settings

            Every setting of the fc application, generated from `fr.fc.shared.config.Setting`
            (`ConfigCatalogueTest`). Each is a MicroProfile Config key: set it as a system property
            or a Payara config property (`asadmin set-config-property`), or as the environment
            variable of the second column. fc checks them all when it starts and refuses to deploy
            with the list of every invalid one. Secrets never appear in that list nor in the logs.

            The Payara domain's own settings (ports, listen addresses, database, the RNIPP gateway's URL,
            timeout and certificates, the admin password) are environment variables of
            `server-config/bin/fc-domain`, listed by `server-config/bin/fc-domain --help`.

            | Key | Environment variable | Kind | Default | What it is for |
            | --- | --- | --- | --- | --- |
            """);
    for (Setting setting : Setting.values()) {
      out.append(
          "| `%s` | `%s` | %s | %s | %s |%n"
              .formatted(
                  setting.key(),
                  environmentVariable(setting.key()),
                  setting.kind().shown(),
                  setting.defaultValue().isEmpty() ? "none" : "`" + setting.defaultValue() + "`",
                  setting.description().replace("|", "\\|")));
    }
    return out.toString();
  }

  /** MicroProfile Config's mapping: every character but letters and digits becomes _, in upper case. */
  static String environmentVariable(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
