package fr.fc.audit.web;

import fr.fc.audit.AuditReports.DailyVolume;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily volumes as a chart draws them: every day of the period, and for each of the busiest
 * partners its steps and failed steps day by day, 0 on a day without any.
 */
record VolumeSeries(List<LocalDate> days, List<Partner> partners) {

  /** At most this many lines on a chart; the table shows every partner. */
  static final int MAX_PARTNERS = 10;

  /** One partner's days, in the order of {@link VolumeSeries#days()}. */
  record Partner(String name, List<Long> steps, List<Long> failedSteps) {

    long totalSteps() {
      return steps.stream().mapToLong(Long::longValue).sum();
    }

    /** The failure rate of a day in percent, to one decimal; null on a day without steps. */
    Double failureRate(int day) {
      long all = steps.get(day);
      return all == 0 ? null : Math.round(failedSteps.get(day) * 1000.0 / all) / 10.0;
    }
  }

  static VolumeSeries of(List<DailyVolume> volumes, LocalDate first, LocalDate last) {
    List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
    Map<String, long[]> steps = new LinkedHashMap<>();
    Map<String, long[]> failed = new LinkedHashMap<>();
    for (DailyVolume volume : volumes) {
      long day = ChronoUnit.DAYS.between(first, volume.day());
      if (day < 0 || day >= days.size()) {
        continue; // outside the period asked for
      }
      steps.computeIfAbsent(volume.partner(), p -> new long[days.size()])[(int) day] += volume.steps();
      failed.computeIfAbsent(volume.partner(), p -> new long[days.size()])[(int) day] += volume.failedSteps();
    }
    List<Partner> partners = new ArrayList<>();
    steps.forEach((name, daily) -> partners.add(new Partner(name, boxed(daily), boxed(failed.get(name)))));
    partners.sort(Comparator.<Partner>comparingLong(Partner::totalSteps).reversed().thenComparing(Partner::name));
    return new VolumeSeries(days, List.copyOf(partners.subList(0, Math.min(MAX_PARTNERS, partners.size()))));
  }

  private static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
