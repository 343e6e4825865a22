package fr.fc.audit.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * What the volumes page (volumes.xhtml) shows: a period of UTC days, the last {@value
 * #DEFAULT_DAYS} unless chosen, at most {@value #MAX_DAYS}, per SP or per IdP. Parameters: from,
 * to, by (SP or IDP).
 */
public final class VolumesCriteria {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 366;

  /** Whose volumes: the SPs' or the IdPs'. */
  public enum Partner {
    SP,
    IDP
  }

  private final FormInput input;
  private final LocalDate first;
  private final LocalDate last;
  private final Partner partner;

  private VolumesCriteria(FormInput input, LocalDate today) {
    this.input = input;
    first = input.requiredDay("from", today.minusDays(DEFAULT_DAYS - 1));
    last = input.requiredDay("to", today);
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        input.reject("to", "error.period.order");
      } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
        input.reject("to", "error.period.length");
      }
    }
    Partner chosen = input.choice("by", Partner.class);
    partner = chosen == null ? Partner.SP : chosen;
  }

  /** @param today in UTC, the day the default period ends */
  static VolumesCriteria read(Function<String, String> parameters, LocalDate today) {
    return new VolumesCriteria(new FormInput(parameters), today);
  }

  public FormInput input() {
    return input;
  }

  public boolean valid() {
    return input.valid();
  }

  public LocalDate first() {
    return first;
  }

  public LocalDate last() {
    return last;
  }

  public Partner partner() {
    return partner;
  }

  public boolean byIdp() {
    return partner == Partner.IDP;
  }
}
