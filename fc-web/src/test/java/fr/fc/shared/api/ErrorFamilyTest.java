package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.error.FcError;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every error a citizen can meet on fc's page belongs to the family whose help page can help. */
class ErrorFamilyTest {

  /** Each page error and its family, decided one by one: a new page error must be added here. */
  private static final Map<String, ErrorFamily> EXPECTED =
      Map.ofEntries(
          Map.entry("Y010004", ErrorFamily.IDENTITY),
          Map.entry("Y010006", ErrorFamily.IDENTITY),
          Map.entry("Y010007", ErrorFamily.IDENTITY),
          Map.entry("Y010008", ErrorFamily.IDENTITY),
          Map.entry("Y010009", ErrorFamily.IDENTITY),
          Map.entry("Y010011", ErrorFamily.IDENTITY),
          Map.entry("Y010012", ErrorFamily.IDENTITY),
          Map.entry("Y010013", ErrorFamily.IDENTITY),
          Map.entry("Y010015", ErrorFamily.IDENTITY),
          Map.entry("Y020001", ErrorFamily.PROVIDER),
          Map.entry("Y020021", ErrorFamily.PROVIDER),
          Map.entry("Y020022", ErrorFamily.PROVIDER),
          Map.entry("Y020023", ErrorFamily.PROVIDER),
          Map.entry("Y020024", ErrorFamily.PROVIDER),
          Map.entry("Y020025", ErrorFamily.PROVIDER),
          Map.entry("Y020026", ErrorFamily.PROVIDER),
          Map.entry("Y020027", ErrorFamily.PROVIDER),
          Map.entry("Y020029", ErrorFamily.PROVIDER),
          Map.entry("Y100001", ErrorFamily.PROVIDER),
          Map.entry("Y100011", ErrorFamily.PROVIDER),
          Map.entry("Y100018", ErrorFamily.PROVIDER),
          Map.entry("Y600006", ErrorFamily.PROVIDER),
          Map.entry("Y190001", ErrorFamily.SESSION),
          Map.entry("Y470001", ErrorFamily.SESSION),
          Map.entry("Y470002", ErrorFamily.SESSION),
          Map.entry("Y470003", ErrorFamily.SESSION),
          Map.entry("Y470004", ErrorFamily.SESSION),
          Map.entry("Y000002", ErrorFamily.SESSION),
          Map.entry("Y000003", ErrorFamily.SESSION),
          Map.entry("Y000006", ErrorFamily.SESSION),
          Map.entry("Y030007", ErrorFamily.SERVICE),
          Map.entry("Y030120", ErrorFamily.SERVICE),
          Map.entry("Y04EA6EF", ErrorFamily.SERVICE),
          Map.entry("Y04EA6F0", ErrorFamily.SERVICE),
          Map.entry("Y04C013C", ErrorFamily.SERVICE));

  @Test
  void everyPageErrorIsInTheFamilyDecidedForIt() {
    Set<String> pageCodes =
        Arrays.stream(FcError.values())
            .filter(error -> error.channel() == FcError.Channel.PAGE)
            .map(FcError::code)
            .collect(Collectors.toSet());

    assertEquals(EXPECTED.keySet(), pageCodes, "a page error without a decided family, or a family for no page error");
    for (FcError error : FcError.values()) {
      if (error.channel() == FcError.Channel.PAGE) {
        assertEquals(EXPECTED.get(error.code()), ErrorFamily.of(error), error.code());
      }
    }
  }

  @Test
  void theSpsRequestsThatFallBackToAPageAreTheServicesOwn() {
    // A redirect error whose redirect URI is not trusted yet is shown on fc's page.
    assertEquals(ErrorFamily.SERVICE, ErrorFamily.of(FcError.RESPONSE_TYPE_MISSING));
    assertEquals(ErrorFamily.SERVICE, ErrorFamily.of(FcError.ACR_NOT_SUPPORTED));
    assertEquals(ErrorFamily.SESSION, ErrorFamily.of(FcError.TECHNICAL_ERROR));
  }

  @Test
  void eachFamilyHasItsOwnAddressAndErrors() {
    for (ErrorFamily family : ErrorFamily.values()) {
      assertEquals(Optional.of(family), ErrorFamily.bySlug(family.slug()));
      assertEquals("/api/aide/" + family.slug(), family.path());
      assertTrue(family.slug().matches("[a-z]+"), family.slug());
      assertFalse(family.pageErrors().isEmpty(), family + " has no page error");
    }
    assertEquals(Optional.empty(), ErrorFamily.bySlug("inconnue"));
    assertEquals(Optional.empty(), ErrorFamily.bySlug("IDENTITY"));
  }
}
