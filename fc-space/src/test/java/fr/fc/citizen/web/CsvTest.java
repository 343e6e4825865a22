package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting, and no cell a spreadsheet would take for a formula. */
class CsvTest {

  @Test
  void plainCellsAsTheyAre() {
    assertEquals("DGFiP", Csv.cell("DGFiP"));
    assertEquals("", Csv.cell(""));
    assertEquals("", Csv.cell(null));
    assertEquals("a'b", Csv.cell("a'b"));
    assertEquals("ABCD-1234", Csv.cell("ABCD-1234"), "a '-' inside is no formula");
  }

  @Test
  void quotedWhenHoldingASeparatorAQuoteOrALineBreak() {
    assertEquals("\"Imp\u00f4ts, service\"", Csv.cell("Imp\u00f4ts, service"));
    assertEquals("\"Imp\u00f4ts; =1+1\"", Csv.cell("Imp\u00f4ts; =1+1"), "a French spreadsheet splits on ';'");
    assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
    assertEquals("\"two\r\nlines\"", Csv.cell("two\r\nlines"));
  }

  @Test
  void formulasDefused() {
    assertEquals("'=1+1", Csv.cell("=1+1"));
    assertEquals("'+33612345678", Csv.cell("+33612345678"));
    assertEquals("'-2", Csv.cell("-2"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("'\tx", Csv.cell("\tx"));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"http://x\",\"y\")"), "defused, then quoted");
  }

  @Test
  void rowsEndWithCrlf() throws IOException {
    StringBuilder out = new StringBuilder();
    Csv.write(List.of(List.of("a", "b"), List.of("c,d", "=e")), out);
    assertEquals("a,b\r\n\"c,d\",'=e\r\n", out.toString());
  }
}
