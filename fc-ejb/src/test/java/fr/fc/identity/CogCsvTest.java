package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CogCsvTest {

  @Test
  void readsAColumnByName() throws IOException {
    CogCsv csv = parse("code,libelle,iso2\r\n99100,France,FR\r\n99134,Espagne,ES\r\n");

    assertEquals(List.of("99100", "99134"), csv.column("code"));
    assertEquals(List.of("FR", "ES"), csv.column("iso2"));
  }

  @Test
  void keepsCommasAndQuotesInsideQuotes() {
    assertEquals(
        List.of("99443", "Bonaire, Saint-Eustache, \"Saba\"", "BQ"),
        CogCsv.fields("99443,\"Bonaire, Saint-Eustache, \"\"Saba\"\"\",BQ"));
  }

  @Test
  void givesEmptyValuesForShortRowsAndEmptyFields() throws IOException {
    CogCsv csv = parse("code,nom,anciens_codes\n01001,L'Abergement,\n01015,Arboys\n");

    assertEquals(List.of("", ""), csv.column("anciens_codes"));
  }

  @Test
  void refusesAMissingColumn() throws IOException {
    CogCsv csv = parse("code\n01001\n");

    assertThrows(IllegalStateException.class, () -> csv.column("anciens_codes"));
  }

  @Test
  void refusesAMissingFile() {
    assertThrows(IllegalStateException.class, () -> CogCsv.read("nowhere.csv"));
  }

  private static CogCsv parse(String text) throws IOException {
    return CogCsv.parse(new BufferedReader(new StringReader(text)));
  }
}
