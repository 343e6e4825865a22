package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.rnipp.RegisterRecord.OnMatch;
import fr.fc.sandbox.rnipp.RegisterRecord.Place;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterFileTest {

  static final String DUBOIS =
      "test,identify,DUBOIS,,Angela|Claire|Louise,F,1962-08-24,75107,PARIS 7E ARRONDISSEMENT,"
          + "99100,FRANCE,";

  @Test
  void readsTheRegistersRecords() {
    List<RegisterRecord> records = RegisterFile.read();

    RegisterRecord dubois = records.get(0);
    assertEquals("test", dubois.id());
    assertEquals(OnMatch.IDENTIFY, dubois.onMatch());
    assertEquals("DUBOIS", dubois.birthName());
    assertFalse(dubois.hasUsageName());
    assertEquals(List.of("Angela", "Claire", "Louise"), dubois.givenNames());
    assertEquals("Angela Claire Louise", dubois.givenNamesText());
    assertEquals("F", dubois.sex());
    assertEquals("1962-08-24", dubois.birthdate());
    assertEquals(Optional.of(new Place("75107", "PARIS 7E ARRONDISSEMENT")), dubois.birthplace());
    assertEquals(new Place("99100", "FRANCE"), dubois.birthcountry());
    assertEquals("75107", dubois.placeCode());
    assertFalse(dubois.isDeceased());
  }

  @Test
  void readsPeopleBornAbroadDeceasedOrWithAUsageName() {
    RegisterRecord etranger = record("rnipp_etranger");
    assertTrue(etranger.birthplace().isEmpty());
    assertEquals("99134", etranger.placeCode());

    assertEquals("2021-03-02", record("rnipp_decede").deathDate());
    assertTrue(record("rnipp_decede").isDeceased());
    assertEquals("MOREAU", record("rnipp_usage").usageName());
    assertEquals(OnMatch.CLOSE, record("rnipp_proche").onMatch());
    assertEquals("1975", record("rnipp_presume").birthdate());
  }

  @Test
  void readsAWellFormedLine() throws Exception {
    assertEquals("DUBOIS", parse(RegisterFile.HEADER + "\n" + DUBOIS + "\n\n").get(0).birthName());
  }

  @Test
  void rejectsAFileWithoutItsHeader() {
    assertThrows(IllegalStateException.class, () -> parse(DUBOIS));
  }

  @Test
  void rejectsAnIdUsedTwice() {
    assertThrows(
        IllegalStateException.class,
        () -> parse(RegisterFile.HEADER + "\n" + DUBOIS + "\n" + DUBOIS));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "test,identify,DUBOIS,,Angela,F,1962-08-24,75107,PARIS,99100,FRANCE",
        "test,maybe,DUBOIS,,Angela,F,1962-08-24,75107,PARIS,99100,FRANCE,",
        "test,identify,,,Angela,F,1962-08-24,75107,PARIS,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela||Louise,F,1962-08-24,75107,PARIS,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela,female,1962-08-24,75107,PARIS,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-00,75107,PARIS,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,7510,PARIS,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,75107,,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,,,99100,FRANCE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,75107,PARIS,99134,ESPAGNE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,,,9913,ESPAGNE,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,,,99134,,",
        "test,identify,DUBOIS,,Angela,F,1962-08-24,75107,PARIS,99100,FRANCE,2021"
      })
  void rejectsAMalformedRecord(String line) {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> parse(RegisterFile.HEADER + "\n" + line));
    assertTrue(error.getMessage().startsWith("persons.csv line 2: "), error.getMessage());
  }

  static RegisterRecord record(String id) {
    return RegisterFile.read().stream()
        .filter(record -> record.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<RegisterRecord> parse(String csv) throws Exception {
    return RegisterFile.parse(new BufferedReader(new StringReader(csv)));
  }
}
