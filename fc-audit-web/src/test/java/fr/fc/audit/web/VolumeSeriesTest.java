package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.fc.audit.AuditReports.DailyVolume;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' series: every day of the period, the busiest partners, a rate only where there were steps. */
class VolumeSeriesTest {

  private static final LocalDate FIRST = LocalDate.parse("2024-05-01");
  private static final LocalDate LAST = LocalDate.parse("2024-05-03");

  @Test
  void everyDayOfThePeriodWithZerosWhereNothingHappened() {
    VolumeSeries series =
        VolumeSeries.of(
            List.of(
                new DailyVolume(FIRST, "sp-a", 8, 1),
                new DailyVolume(LAST, "sp-a", 3, 0),
                new DailyVolume(LAST, "sp-b", 100, 50)),
            FIRST,
            LAST);
    assertEquals(List.of(FIRST, FIRST.plusDays(1), LAST), series.days());
    assertEquals(List.of("sp-b", "sp-a"), series.partners().stream().map(VolumeSeries.Partner::name).toList(), "busiest first");
    VolumeSeries.Partner a = series.partners().get(1);
    assertEquals(List.of(8L, 0L, 3L), a.steps());
    assertEquals(List.of(1L, 0L, 0L), a.failedSteps());
    assertEquals(12.5, a.failureRate(0));
    assertNull(a.failureRate(1), "no steps, no rate");
    assertEquals(0.0, a.failureRate(2));
  }

  @Test
  void atMostTenPartnersAndNothingOutsideThePeriod() {
    List<DailyVolume> volumes = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      volumes.add(new DailyVolume(FIRST, "sp-" + i, i, 0));
    }
    volumes.add(new DailyVolume(LAST.plusDays(1), "sp-late", 1000, 0));
    VolumeSeries series = VolumeSeries.of(volumes, FIRST, LAST);
    assertEquals(VolumeSeries.MAX_PARTNERS, series.partners().size());
    assertEquals("sp-12", series.partners().get(0).name());
    assertEquals("sp-3", series.partners().get(9).name());
  }
}
