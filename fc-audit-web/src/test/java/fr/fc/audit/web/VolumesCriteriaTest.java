package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The volumes page's period: the last 30 days unless chosen, at most 366, per SP unless per IdP. */
class VolumesCriteriaTest {

  private static final LocalDate TODAY = LocalDate.parse("2024-05-31");

  @Test
  void theLastThirtyDaysPerSpByDefault() {
    for (Map<String, String> parameters : java.util.List.of(Map.<String, String>of(), Map.of("from", "", "to", ""))) {
      VolumesCriteria criteria = VolumesCriteria.read(parameters::get, TODAY);
      assertTrue(criteria.valid());
      assertEquals(LocalDate.parse("2024-05-02"), criteria.first());
      assertEquals(TODAY, criteria.last());
      assertFalse(criteria.byIdp());
      assertEquals("2024-05-02", criteria.input().value("from"));
    }
  }

  @Test
  void aChosenPeriodPerIdp() {
    VolumesCriteria criteria = VolumesCriteria.read(Map.of("from", "2023-06-01", "to", "2024-05-31", "by", "IDP")::get, TODAY);
    assertTrue(criteria.valid());
    assertTrue(criteria.byIdp());
    assertEquals(LocalDate.parse("2023-06-01"), criteria.first());
  }

  @Test
  void wrongPeriodsAndGroupingsAreFieldErrors() {
    assertEquals("error.period.length", VolumesCriteria.read(Map.of("from", "2023-05-30", "to", "2024-05-31")::get, TODAY).input().error("to"));
    assertTrue(VolumesCriteria.read(Map.of("from", "2023-05-31", "to", "2024-05-30")::get, TODAY).valid(), "366 days");
    assertEquals("error.period.order", VolumesCriteria.read(Map.of("from", "2024-05-31", "to", "2024-05-30")::get, TODAY).input().error("to"));
    assertEquals("error.day", VolumesCriteria.read(Map.of("from", "yesterday")::get, TODAY).input().error("from"));
    assertEquals("error.choice", VolumesCriteria.read(Map.of("by", "DP")::get, TODAY).input().error("by"));
  }
}
