package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * Each variant of the demo SP logs in as its own client of fc: the one its settings name, as the
 * sandbox's registry file registers it.
 */
class SpVariantTest {

  static final String BASE_URL = "http://localhost:7100";

  @Test
  void aLoginNamesItsVariantOrElseItsApi() {
    assertEquals(SpVariant.DEMO, SpVariant.chosen(null, null));
    assertEquals(SpVariant.DEMO, SpVariant.chosen("", "v2"));
    assertEquals(SpVariant.LEGACY, SpVariant.chosen(null, "v1"));
    assertEquals(SpVariant.PLUS, SpVariant.chosen(null, "plus"));
    assertEquals(SpVariant.PRIVATE, SpVariant.chosen("private", null));
    assertEquals(SpVariant.PROMPT, SpVariant.chosen("prompt", "v2"));
    assertEquals(SpVariant.FILTERED, SpVariant.chosen("filtered", ""));
    assertEquals(SpVariant.LEGACY, SpVariant.chosen("v1", "v1"));
  }

  @Test
  void anUnknownVariantOrOneOfAnotherApiIsRefused() {
    assertEquals(SpFailure.VARIANT, assertThrows(SpException.class, () -> SpVariant.chosen("admin", null)).failure());
    assertEquals(SpFailure.VARIANT, assertThrows(SpException.class, () -> SpVariant.chosen("private", "v1")).failure());
    assertEquals(SpFailure.API_VERSION, assertThrows(SpException.class, () -> SpVariant.chosen(null, "v3")).failure());
  }

  @Test
  void eachVariantIsTheClientTheRegistryFileRegisters() throws IOException {
    Properties settings = settings();
    Map<String, Map<String, Object>> registered = registeredSps();

    for (SpVariant variant : SpVariant.values()) {
      SpRegistration sp = variant.registration(settings::getProperty, BASE_URL);
      Map<String, Object> client = registered.get(sp.clientId());
      assertTrue(client != null, variant + ": " + sp.clientId() + " is not in registry.json");
      assertEquals(client.get("clientSecret"), sp.clientSecret(), variant.toString());
      assertTrue(((List<?>) client.get("redirectUris")).contains(sp.redirectUri()), variant.toString());
      assertTrue(((List<?>) client.get("postLogoutRedirectUris")).contains(sp.postLogoutRedirectUri()), variant.toString());
      List<String> scopes = Arrays.asList((sp.scope() + " " + sp.taxDataScope()).split(" "));
      assertTrue(((List<?>) client.get("scopes")).containsAll(scopes), variant + " asks for " + scopes);
      assertEquals(sp.clientId(), settings.getProperty(variant.clientIdSetting()), variant.toString());
    }
  }

  @Test
  void eachVariantIsTheKindOfClientItsNameSays() throws IOException {
    Map<String, Map<String, Object>> registered = registeredSps();
    Properties settings = settings();

    assertEquals("sandbox-demo-sp", clientId(SpVariant.DEMO, settings));
    assertEquals("HS256", registered.get(clientId(SpVariant.LEGACY, settings)).get("idTokenSigningAlg"));
    assertEquals(List.of("plus"), registered.get(clientId(SpVariant.PLUS, settings)).get("platforms"));
    assertEquals("private", registered.get(clientId(SpVariant.PRIVATE, settings)).get("type"));
    assertEquals(true, registered.get(clientId(SpVariant.PRIVATE, settings)).get("identityConsent"));
    assertEquals(List.of("login"), registered.get(clientId(SpVariant.PROMPT, settings)).get("allowedPrompts"));
    assertEquals(List.of("ameli"), registered.get(clientId(SpVariant.FILTERED, settings)).get("idpFilterList"));
    assertEquals(true, registered.get(clientId(SpVariant.FILTERED, settings)).get("idpFilterExclude"));
  }

  @Test
  void onlyThePromptVariantSendsAPromptAndEachGoesThroughItsApi() {
    assertEquals("login", SpVariant.PROMPT.prompt());
    Arrays.stream(SpVariant.values())
        .filter(variant -> variant != SpVariant.PROMPT)
        .forEach(variant -> assertNull(variant.prompt(), variant.toString()));
    assertEquals(FcApi.V1, SpVariant.LEGACY.api());
    assertEquals(FcApi.PLUS, SpVariant.PLUS.api());
    assertEquals(FcApi.V2, SpVariant.PRIVATE.api());
    assertEquals(SpVariant.LEGACY, SpVariant.of(FcApi.V1));
  }

  @Test
  void onlyTheStandardSpHasATaxDataScopeOfItsOwn() throws IOException {
    Properties settings = settings();

    assertEquals(
        settings.getProperty("fc.sandbox.sp.tax-data-scope"),
        SpVariant.DEMO.registration(settings::getProperty, BASE_URL).taxDataScope());
    SpRegistration privateSp = SpVariant.PRIVATE.registration(settings::getProperty, BASE_URL);
    assertEquals(privateSp.scope(), privateSp.taxDataScope());
  }

  private static String clientId(SpVariant variant, Properties settings) {
    return variant.registration(settings::getProperty, BASE_URL).clientId();
  }

  static Properties settings() throws IOException {
    Properties settings = new Properties();
    try (InputStream in = SpVariantTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return settings;
  }

  /** The SPs of server-config/sandbox/registry.json, by client id. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> registeredSps() throws IOException {
    try {
      Map<String, Object> registry =
          JsonUtil.parseJson(Files.readString(Path.of("../server-config/sandbox/registry.json")));
      Map<String, Map<String, Object>> byClientId = new HashMap<>();
      for (Object sp : (List<Object>) registry.get("serviceProviders")) {
        Map<String, Object> fields = (Map<String, Object>) sp;
        byClientId.put((String) fields.get("clientId"), fields);
      }
      return byClientId;
    } catch (JoseException e) {
      throw new IOException(e);
    }
  }
}
