package fr.fc.citizen.web;

import java.io.IOException;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled inside a quoted field), made safe to open
 * in a spreadsheet: a cell that would start a formula (= + - @, or a tab or carriage return, as
 * OWASP's "CSV injection" lists them) is prefixed with an apostrophe.
 */
final class Csv {

  private Csv() {}

  /** Every row, the header first, each ended by CRLF. */
  static void write(List<List<String>> rows, Appendable out) throws IOException {
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(row.get(i)));
      }
      out.append("\r\n");
    }
  }

  /**
   * One cell: defused, then quoted when it holds a comma, a semicolon (a French spreadsheet's
   * separator), a quote or a line break.
   */
  static String cell(String value) {
    String text = defused(value == null ? "" : value);
    if (text.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r')) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String defused(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
  }
}
