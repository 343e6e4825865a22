package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterDateTest {

  @Test
  void writesRecordDatesInTheQueryFormWithZerosForPresumedParts() {
    assertEquals("19620824", RegisterDate.queryForm("1962-08-24"));
    assertEquals("19850400", RegisterDate.queryForm("1985-04"));
    assertEquals("19700000", RegisterDate.queryForm("1970"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"19620824", "19850400", "19700000", "20000229"})
  void acceptsQueryDates(String date) {
    assertTrue(RegisterDate.isQueryDate(date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1962-08-24", "1962082", "196208241", "19900015", "19621301", "19620230",
          "20010229", "00000000", "1962O824"})
  void rejectsMalformedQueryDates(String date) {
    assertFalse(RegisterDate.isQueryDate(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1962-08-24", "1985-04", "1970"})
  void acceptsRecordDates(String date) {
    assertTrue(RegisterDate.isRecordDate(date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1985-04-00", "1970-00", "1970-00-00", "1990-00-15", "19620824", "1962-02-30",
          "62"})
  void rejectsMalformedRecordDates(String date) {
    assertFalse(RegisterDate.isRecordDate(date));
  }
}
