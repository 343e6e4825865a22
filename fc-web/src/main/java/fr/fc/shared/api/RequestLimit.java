package fr.fc.shared.api;

import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;

/** The rates fc accepts on the endpoints a flood would hurt: per address, or per client (SP or data provider). */
public enum RequestLimit {
  LOGINS_PER_ADDRESS(Setting.LOGINS_PER_ADDRESS, "address"),
  TOKEN_PER_ADDRESS(Setting.TOKEN_PER_ADDRESS, "address"),
  TOKEN_PER_CLIENT(Setting.TOKEN_PER_CLIENT, "client"),
  CHECKTOKEN_PER_ADDRESS(Setting.CHECKTOKEN_PER_ADDRESS, "address"),
  CHECKTOKEN_PER_CLIENT(Setting.CHECKTOKEN_PER_CLIENT, "client");

  private final Setting setting;
  private final String counted;

  RequestLimit(Setting setting, String counted) {
    this.setting = setting;
    this.counted = counted;
  }

  public Setting setting() {
    return setting;
  }

  /** The error of a request past this limit: a citizen's page for logins, the contract's JSON otherwise. */
  FcException refusal(long retryAfterSeconds) {
    return this == LOGINS_PER_ADDRESS
        ? new FcException(FcError.LOGINS_LIMITED, retryAfterSeconds)
        : new FcException(FcError.REQUESTS_LIMITED, counted, retryAfterSeconds);
  }
}
