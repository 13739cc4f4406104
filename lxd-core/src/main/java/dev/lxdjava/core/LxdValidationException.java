package dev.lxdjava.core;

/**
 * Input rejected by the SDK before any request reached LXD, for example an instance name that
 * breaks LXD's naming rule. The message names the field, the value and the rule.
 */
public class LxdValidationException extends LxdException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates the error.
   *
   * @param field what the value is, for example {@code instance name}
   * @param value the rejected value as given
   * @param rule the rule it breaks, as a sentence fragment such as {@code must not start with a
   *     digit}
   */
  public LxdValidationException(String field, String value, String rule) {
    super("invalid " + field + " '" + value + "': " + rule);
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /** What the rejected value is, for example {@code instance name}. */
  public String field() {
    return field;
  }

  /** The rejected value. */
  public String value() {
    return value;
  }

  /** The rule the value breaks. */
  public String rule() {
    return rule;
  }
}
