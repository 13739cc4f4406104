package dev.lxdjava.server;

/** A configuration value is missing or invalid; the message names the variable and the rule. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
