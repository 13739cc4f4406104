package dev.lxdjava.server.http;

/**
 * An error the gateway itself decides on (bad query parameter, missing token, wrong role), with its
 * HTTP status and problem type. LXD and SDK errors are mapped in {@link Problems} instead.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String problemType;

  public ApiException(int status, String problemType, String detail) {
    super(detail);
    this.status = status;
    this.problemType = problemType;
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** Short problem type slug, for example {@code validation}. */
  public String problemType() {
    return problemType;
  }

  /** 400 for an invalid input value; the detail names the value and the rule. */
  public static ApiException badRequest(String detail) {
    return new ApiException(400, "validation", detail);
  }
}
