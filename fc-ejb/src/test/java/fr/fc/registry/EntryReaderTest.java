package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One entry of a registry file or an admin call, read field by field: a wrong field is refused with
 * its name first and what it must be, so that the operator knows what to fix.
 */
class EntryReaderTest {

  private static final Set<String> PROMPTS = Set.of("login", "consent");

  // Redirect URIs: where a browser is sent with a code, so https only, http on loopback for development.

  @Test
  void acceptsAnHttpsRedirectUri() {
    assertEquals(
        List.of("https://sp.example.gouv.fr/cb?tenant=1"),
        redirectUris(List.of("https://sp.example.gouv.fr/cb?tenant=1")));
  }

  @Test
  void acceptsHttpOnlyOnLocalhost127001AndIpv6Loopback() {
    assertEquals(List.of("http://localhost:8080/cb"), redirectUris(List.of("http://localhost:8080/cb")));
    assertEquals(List.of("http://127.0.0.1/cb"), redirectUris(List.of("http://127.0.0.1/cb")));
    assertEquals(List.of("http://[::1]:3000/cb"), redirectUris(List.of("http://[::1]:3000/cb")));
  }

  @Test
  void refusesHttpOffLoopbackNamingTheFieldAndHttps() {
    String message = refusal(() -> redirectUris(List.of("http://sp.example/cb")));

    assertTrue(message.startsWith("redirectUris:"), message);
    assertTrue(message.contains("http://sp.example/cb"), message);
    assertTrue(message.contains("https"), message);
    assertEquals("redirectUris: http://sp.example/cb is not an https URL (http only on loopback)", message, "as docs/registry.md shows it");
  }

  @Test
  void refusesHttpOnHostsThatOnlyLookLikeLoopback() {
    for (String uri :
        List.of(
            "http://localhost.evil.example/cb",
            "http://localhost@evil.example/cb",
            "http://127.0.0.1.evil.example/cb")) {
      assertTrue(refusal(() -> redirectUris(List.of(uri))).startsWith("redirectUris:"), uri);
    }
  }

  @Test
  void refusesARelativeRedirectUri() {
    String message = refusal(() -> redirectUris(List.of("/cb")));

    assertTrue(message.startsWith("redirectUris:"), message);
    assertTrue(message.contains("/cb"), message);
  }

  @Test
  void refusesARedirectUriWithAFragmentEvenAnEmptyOne() {
    String message = refusal(() -> redirectUris(List.of("https://sp.example.gouv.fr/cb#state")));
    assertTrue(message.startsWith("redirectUris:"), message);
    assertTrue(message.contains("fragment"), message);

    assertTrue(refusal(() -> redirectUris(List.of("https://sp.example.gouv.fr/cb#"))).contains("fragment"));
  }

  @Test
  void refusesASchemeOtherThanHttpOrHttps() {
    assertTrue(refusal(() -> redirectUris(List.of("ftp://sp.example.gouv.fr/cb"))).startsWith("redirectUris:"));
    assertTrue(refusal(() -> redirectUris(List.of("javascript:alert(1)"))).startsWith("redirectUris:"));
  }

  @Test
  void refusesARedirectUriOfMoreThan1024Characters() {
    String prefix = "https://sp.example.gouv.fr/";
    String longest = prefix + "a".repeat(EntryReader.URL_LENGTH - prefix.length());

    assertEquals(List.of(longest), redirectUris(List.of(longest)));
    String message = refusal(() -> redirectUris(List.of(longest + "a")));
    assertTrue(message.startsWith("redirectUris:"), message);
    assertTrue(message.contains("1024"), message);
  }

  @Test
  void refusesRedirectUrisThatAreNotAList() {
    assertTrue(refusal(() -> redirectUris("https://sp.example.gouv.fr/cb")).startsWith("redirectUris:"));
  }

  @Test
  void refusesAnEmptyOrMissingListWhenRequired() {
    assertTrue(refusal(() -> redirectUris(List.of())).startsWith("redirectUris:"));
    assertTrue(
        refusal(() -> new EntryReader(Map.of()).redirectUris("redirectUris", true)).startsWith("redirectUris:"));
  }

  @Test
  void anOptionalListMayBeEmptyOrLeftOut() {
    assertEquals(List.of(), new EntryReader(Map.of()).redirectUris("postLogoutRedirectUris", false));
    assertEquals(
        List.of(),
        new EntryReader(Map.of("postLogoutRedirectUris", List.of())).redirectUris("postLogoutRedirectUris", false));
  }

  @Test
  void redirectUrisComeBackSortedWithoutDuplicates() {
    assertEquals(
        List.of("https://a.example.gouv.fr/cb", "https://b.example.gouv.fr/cb"),
        redirectUris(
            List.of("https://b.example.gouv.fr/cb", "https://a.example.gouv.fr/cb", "https://b.example.gouv.fr/cb")));
  }

  // words(): sets of short tokens, among those allowed.

  @Test
  void wordsComeBackSortedWithoutDuplicates() {
    assertEquals(
        List.of("consent", "login"),
        entry("allowedPrompts", List.of("login", "consent", "login")).words("allowedPrompts", List.of(), PROMPTS));
  }

  @Test
  void wordsLeftOutTakeTheirDefault() {
    assertEquals(List.of("openid"), new EntryReader(Map.of()).words("scopes", List.of("openid"), null));
  }

  @Test
  void refusesAWordNotAmongThoseAllowedNamingIt() {
    String message =
        refusal(() -> entry("allowedPrompts", List.of("login", "none")).words("allowedPrompts", List.of(), PROMPTS));

    assertTrue(message.startsWith("allowedPrompts:"), message);
    assertTrue(message.contains("none"), message);
  }

  @Test
  void refusesAWordWithASpaceEvenWhenAnyWordIsAllowed() {
    String message = refusal(() -> entry("idpFilterList", List.of("impots gouv")).words("idpFilterList", List.of(), null));

    assertTrue(message.startsWith("idpFilterList:"), message);
  }

  @Test
  void refusesBlankOverlongAndNonStringWords() {
    for (Object word : List.of("", " ", "w".repeat(EntryReader.ID_LENGTH + 1), 42)) {
      assertTrue(
          refusal(() -> entry("idpFilterList", List.of(word)).words("idpFilterList", List.of(), null))
              .startsWith("idpFilterList:"),
          String.valueOf(word));
    }
  }

  @Test
  void refusesWordsThatAreNotAList() {
    assertTrue(
        refusal(() -> entry("allowedPrompts", "login").words("allowedPrompts", List.of(), PROMPTS))
            .startsWith("allowedPrompts:"));
  }

  // text() and identifier().

  @Test
  void aRequiredTextLeftOutIsRequired() {
    assertEquals("name: is required", refusal(() -> new EntryReader(Map.of()).text("name", EntryReader.NAME_LENGTH)));
  }

  @Test
  void anOptionalTextLeftOutIsNull() {
    assertNull(new EntryReader(Map.of()).optionalText("clientSecret", EntryReader.NAME_LENGTH));
  }

  @Test
  void refusesATextLongerThanItsLimitAndAcceptsOneAtTheLimit() {
    String longest = "n".repeat(EntryReader.NAME_LENGTH);

    assertEquals(longest, entry("name", longest).text("name", EntryReader.NAME_LENGTH));
    String message = refusal(() -> entry("name", longest + "n").text("name", EntryReader.NAME_LENGTH));
    assertTrue(message.startsWith("name:"), message);
    assertTrue(message.contains("256"), message);
  }

  @Test
  void refusesABlankOrNonStringText() {
    assertTrue(refusal(() -> entry("name", "   ").text("name", EntryReader.NAME_LENGTH)).startsWith("name:"));
    assertTrue(refusal(() -> entry("name", 12).text("name", EntryReader.NAME_LENGTH)).startsWith("name:"));
  }

  @Test
  void anIdentifierHoldsLettersDigitsDotUnderscoreAndHyphen() {
    assertEquals("Sp-1.a_b", entry("clientId", "Sp-1.a_b").identifier("clientId"));
    for (String wrong : List.of("sp/1", "sp 1", "sp:1", "sp@x", "é")) {
      assertTrue(refusal(() -> entry("clientId", wrong).identifier("clientId")).startsWith("clientId:"), wrong);
    }
  }

  @Test
  void anIdentifierIsAtMost64Characters() {
    assertEquals("i".repeat(64), entry("clientId", "i".repeat(64)).identifier("clientId"));
    assertTrue(refusal(() -> entry("clientId", "i".repeat(65)).identifier("clientId")).startsWith("clientId:"));
  }

  // flag() and integer().

  @Test
  void refusesAFlagThatIsNotABoolean() {
    for (Object wrong : List.of("true", "yes", 1)) {
      assertTrue(refusal(() -> entry("active", wrong).flag("active", true)).startsWith("active:"), wrong.toString());
    }
  }

  @Test
  void aFlagLeftOutTakesItsDefault() {
    assertTrue(new EntryReader(Map.of()).flag("active", true));
    assertFalse(new EntryReader(Map.of()).flag("isBeta", false));
    assertFalse(entry("active", false).flag("active", true));
  }

  @Test
  void refusesAnIntegerThatIsNotWhole() {
    String message = refusal(() -> entry("order", 1.5).integer("order"));

    assertTrue(message.startsWith("order:"), message);
  }

  @Test
  void refusesAnIntegerGivenAsTextOrOutOfRange() {
    assertTrue(refusal(() -> entry("order", "3").integer("order")).startsWith("order:"));
    assertTrue(refusal(() -> entry("order", 1_000_001).integer("order")).startsWith("order:"));
    assertTrue(refusal(() -> entry("order", Long.MAX_VALUE).integer("order")).startsWith("order:"));
  }

  @Test
  void readsAWholeNumberWhateverItsJsonType() {
    assertEquals(3, entry("order", 3).integer("order"));
    assertEquals(-2, entry("order", -2L).integer("order"));
    assertNull(new EntryReader(Map.of()).integer("order"));
  }

  // noOtherField(): a typo would otherwise be dropped unseen.

  @Test
  void refusesAFieldNobodyReadNamingIt() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("redirectUris", List.of("https://sp.example.gouv.fr/cb"));
    json.put("redirectUri", "https://sp.example.gouv.fr/other");
    EntryReader entry = new EntryReader(json);
    entry.redirectUris("redirectUris", true);

    assertEquals("redirectUri: unknown field", refusal(entry::noOtherField));
  }

  @Test
  void aFieldReadButLeftOutOrOnlyAskedAboutIsNoUnknownField() {
    EntryReader entry = new EntryReader(Map.of("entityId", "e"));
    entry.has("entityId");
    entry.optionalText("category", EntryReader.ID_LENGTH);

    assertDoesNotThrow(entry::noOtherField);
  }

  private static List<String> redirectUris(Object value) {
    return entry("redirectUris", value).redirectUris("redirectUris", true);
  }

  private static EntryReader entry(String name, Object value) {
    Map<String, Object> json = Map.of(name, value);
    return new EntryReader(json);
  }

  private static String refusal(Executable reading) {
    return assertThrows(IllegalArgumentException.class, reading).getMessage();
  }
}
