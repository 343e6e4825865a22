package fr.fc.shared.api;

import fr.fc.shared.error.FcException;

/**
 * A request refused because its client or address is past its rate: answered without a log line
 * or an audit event of its own ({@link RequestLimits} records the flood), so that a flood costs
 * fc as little as possible.
 */
public class RequestsLimited extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FcException refusal;
  private final long retryAfterSeconds;

  RequestsLimited(RequestLimit limit, long retryAfterSeconds) {
    super(null, null, false, false);
    this.refusal = limit.refusal(retryAfterSeconds);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public FcException refusal() {
    return refusal;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
