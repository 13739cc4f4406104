package dev.lxdjava.auth;

import java.util.Locale;

/** The outcome of a recorded request, derived from its HTTP status. */
public enum AuditOutcome {
  /** Status below 400. */
  SUCCESS,
  /** 401, 403 or 429: the caller was not allowed to act. */
  DENIED,
  /** Any other status of 400 or above. */
  FAILURE;

  /** The outcome of an HTTP status. */
  public static AuditOutcome of(int status) {
    if (status < 400) {
      return SUCCESS;
    }
    return status == 401 || status == 403 || status == 429 ? DENIED : FAILURE;
  }

  /** The lower-case name used in JSON and in the database. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps {@code success}, {@code denied} or {@code failure}.
   *
   * @throws AuthValidationException for any other value
   */
  public static AuditOutcome fromWireName(String value) {
    for (AuditOutcome outcome : values()) {
      if (outcome.wireName().equals(value)) {
        return outcome;
      }
    }
    throw new AuthValidationException(
        "outcome", String.valueOf(value), "must be success, denied or failure");
  }
}
