package dev.lxdjava.auth;

import java.util.Locale;

/** Whether an account belongs to a person or is the service account behind an API key. */
public enum AccountKind {
  /** A person who logs in with a password. */
  USER,
  /** An API key's account: it has no password and authenticates only with its key. */
  SERVICE;

  /** The lower-case name used in JSON and in the database. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static AccountKind fromWireName(String value) {
    return "service".equals(value) ? SERVICE : USER;
  }
}
