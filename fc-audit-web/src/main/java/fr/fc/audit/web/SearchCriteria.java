package fr.fc.audit.web;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * What the search form (index.xhtml) and the CSV export ask of the trail: a period of UTC days
 * (the last {@value #DEFAULT_DAYS} when the request names none) and optional criteria, each
 * checked. Parameters: from, to, sp, idp, event, outcome, code (an error code), sub, flow.
 */
public final class SearchCriteria {

  static final int DEFAULT_DAYS = 7;

  private final FormInput input;
  private final LocalDate from;
  private final LocalDate to;
  private final String spClientId;
  private final String idpId;
  private final AuditEvent event;
  private final AuditEvent.Outcome outcome;
  private final String errorCode;
  private final String sub;
  private final String flowId;

  private SearchCriteria(FormInput input, LocalDate today) {
    this.input = input;
    from = input.day("from", today.minusDays(DEFAULT_DAYS - 1));
    to = input.day("to", today);
    if (from != null && to != null && to.isBefore(from)) {
      input.reject("to", "error.period.order");
    }
    spClientId = input.text("sp");
    idpId = input.text("idp");
    event = input.choice("event", AuditEvent.class);
    outcome = input.choice("outcome", AuditEvent.Outcome.class);
    errorCode = input.text("code");
    sub = input.text("sub");
    flowId = input.text("flow");
  }

  /** @param today in UTC, the day the default period ends */
  static SearchCriteria read(Function<String, String> parameters, LocalDate today) {
    return new SearchCriteria(new FormInput(parameters), today);
  }

  public FormInput input() {
    return input;
  }

  public boolean valid() {
    return input.valid();
  }

  /** The query of these criteria, at most {@code limit} rows; only when {@link #valid()}. */
  AuditQuery query(int limit) {
    if (!valid()) {
      throw new IllegalStateException("The search has errors: " + input.errors().keySet());
    }
    return new AuditQuery(
        from == null ? null : startOf(from),
        to == null ? null : startOf(to.plusDays(1)),
        spClientId,
        idpId,
        event,
        outcome,
        errorCode,
        sub,
        flowId,
        limit);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
