package fr.fc.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {

  @TempDir Path directory;

  @Test
  void defaultsSuitALocalRunWithTheContractsLifetimes() {
    Settings settings = read(Map.of());

    assertEquals("http://localhost:7000/api/v2", settings.issuer().url());
    assertEquals(directory.resolve("fc-signing-keys.json"), settings.signingKeysFile());
    assertEquals(Optional.empty(), settings.registryImportFile());
    assertEquals(Duration.ofSeconds(30), settings.duration(Setting.CODE_LIFETIME));
    assertEquals(Duration.ofSeconds(60), settings.duration(Setting.ACCESS_TOKEN_LIFETIME));
    assertEquals(Duration.ofMinutes(30), settings.duration(Setting.INTERACTION_LIFETIME));
    assertEquals(24, settings.count(Setting.IDP_CALLBACK_CAPACITY));
  }

  @Test
  void readsConfiguredValues() {
    Path keys = directory.resolve("keys.json");
    Settings settings =
        read(
            Map.of(
                Setting.ISSUER.key(), " https://fc.example.gouv.fr/api/v2 ",
                Setting.SIGNING_KEYS_FILE.key(), keys.toString(),
                Setting.IDP_TIMEOUT.key(), "4",
                Setting.SUB_SECRET_KEY.key(), "s".repeat(40)));

    assertEquals("https://fc.example.gouv.fr/api/v2", settings.issuer().url());
    assertEquals(keys, settings.signingKeysFile());
    assertEquals(Duration.ofSeconds(4), settings.duration(Setting.IDP_TIMEOUT));
    assertEquals("s".repeat(40), settings.secret(Setting.SUB_SECRET_KEY));
  }

  @Test
  void franceConnectPlusHasItsOwnIssuerUnderPlusUnlessConfigured() {
    assertEquals("http://localhost:7000/plus/api/v2", read(Map.of()).issuer(Platform.PLUS).url());
    assertEquals("http://localhost:7000/api/v2", read(Map.of()).issuer(Platform.V1).url());
    assertEquals(
        "https://auth.fc.example.gouv.fr/plus/api/v2",
        read(Map.of(Setting.PLUS_ISSUER.key(), "https://auth.fc.example.gouv.fr/plus/api/v2")).issuer(Platform.PLUS).url());
    InvalidSettingsException elsewhere =
        assertThrows(InvalidSettingsException.class,
            () -> read(Map.of(Setting.PLUS_ISSUER.key(), "https://auth.fc.example.gouv.fr/api/v2")));
    assertTrue(elsewhere.getMessage().contains("its path must be /plus/api/v2"), elsewhere.getMessage());
  }

  @Test
  void theProductNameIsWordsACitizenReadsAndNothingElse() {
    assertEquals(Optional.empty(), read(Map.of()).text(Setting.PRODUCT_NAME));
    assertEquals(
        Optional.of("Connexion Ministère de l'Intérieur"),
        read(Map.of(Setting.PRODUCT_NAME.key(), " Connexion Ministère de l'Intérieur ")).text(Setting.PRODUCT_NAME));
    assertEquals(Optional.of("FranceConnect+"), read(Map.of(Setting.PRODUCT_NAME.key(), "FranceConnect+")).text(Setting.PRODUCT_NAME));
    for (String refused : new String[] {"<script>", "Name\nWith a line", "100 %", "x".repeat(81)}) {
      assertThrows(RuntimeException.class, () -> read(Map.of(Setting.PRODUCT_NAME.key(), refused)), refused);
    }
  }

  @Test
  void anUnsetSecretIsGeneratedOnceBesideTheKeys() {
    Settings settings = read(Map.of());

    String secret = settings.secret(Setting.SECRET_ENCRYPTION_KEY);

    assertEquals(64, secret.length());
    assertTrue(Files.exists(directory.resolve("fc-secret-encryption-key")));
    assertEquals(secret, read(Map.of()).secret(Setting.SECRET_ENCRYPTION_KEY), "the same after a restart");
  }

  @Test
  void reportsEveryProblemAtOnceWithoutShowingSecrets() {
    Map<String, String> values = new HashMap<>();
    values.put(Setting.ISSUER.key(), "http://fc.example.gouv.fr/api/v2");
    values.put(Setting.SIGNING_KEYS_FILE.key(), directory.toString());
    values.put(Setting.CODE_LIFETIME.key(), "0");
    values.put(Setting.IDP_CALLBACK_CAPACITY.key(), "many");
    values.put(Setting.REGISTRY_IMPORT_FILE.key(), directory.resolve("missing.json").toString());
    values.put(Setting.SECRET_ENCRYPTION_KEY.key(), "not-hex-and-short");

    InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> read(values));

    assertEquals(values.size(), error.problems().size(), error.getMessage());
    for (String key : values.keySet()) {
      assertTrue(error.getMessage().contains(key), key + " in " + error.getMessage());
    }
    assertFalse(error.getMessage().contains("not-hex-and-short"), error.getMessage());
  }

  private Settings read(Map<String, String> values) {
    return new SettingsReader(key -> Optional.ofNullable(values.get(key)), directory).read();
  }
}
