package fr.fc.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {

  @TempDir Path directory;

  @Test
  void defaultsSuitALocalRun() {
    Settings settings = new SettingsReader(key -> Optional.empty(), directory).read();

    assertEquals("http://localhost:7000/api/v2", settings.issuer().url());
    assertEquals(directory.resolve("fc-signing-keys.json"), settings.signingKeysFile());
  }

  @Test
  void readsConfiguredValues() {
    Path keys = directory.resolve("keys.json");
    Map<String, String> values =
        Map.of(
            SettingsReader.ISSUER, " https://fc.example.gouv.fr/api/v2 ",
            SettingsReader.SIGNING_KEYS_FILE, keys.toString());

    Settings settings = new SettingsReader(key -> Optional.ofNullable(values.get(key)), directory).read();

    assertEquals("https://fc.example.gouv.fr/api/v2", settings.issuer().url());
    assertEquals(keys, settings.signingKeysFile());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Map<String, String> values =
        Map.of(
            SettingsReader.ISSUER, "http://fc.example.gouv.fr/api/v2",
            SettingsReader.SIGNING_KEYS_FILE, directory.toString());

    InvalidSettingsException error =
        assertThrows(
            InvalidSettingsException.class,
            () -> new SettingsReader(key -> Optional.ofNullable(values.get(key)), directory).read());

    assertEquals(2, error.problems().size(), error.getMessage());
    assertTrue(error.getMessage().contains(SettingsReader.ISSUER));
    assertTrue(error.getMessage().contains(SettingsReader.SIGNING_KEYS_FILE));
  }
}
