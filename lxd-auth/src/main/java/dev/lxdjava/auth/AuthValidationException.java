package dev.lxdjava.auth;

/** A value such as a username, password or role breaks a rule; the message names both. */
public class AuthValidationException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public AuthValidationException(String field, String value, String rule) {
    super("invalid " + field + (value == null ? "" : " '" + value + "'") + ": " + rule);
    this.field = field;
  }

  /** The name of the invalid field. */
  public String field() {
    return field;
  }
}
