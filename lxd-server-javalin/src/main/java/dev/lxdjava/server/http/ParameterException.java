package dev.lxdjava.server.http;

/** A query parameter is unknown, repeated or invalid: 400, with the parameter named. */
public class ParameterException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public ParameterException(String parameter, String detail) {
    super(400, "validation", detail);
    this.parameter = parameter;
  }

  /** Name of the offending query parameter. */
  public String parameter() {
    return parameter;
  }
}
