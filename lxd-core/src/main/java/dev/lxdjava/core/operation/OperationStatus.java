package dev.lxdjava.core.operation;

/**
 * Status of an LXD operation, from its numeric {@code status_code}. Codes 100 to 113 are states of
 * work in progress, 200 and above are final. A code this SDK does not know maps to {@link
 * #UNKNOWN}, never to an error, so a newer daemon cannot break parsing.
 */
public enum OperationStatus {
  CREATED(100),
  STARTED(101),
  STOPPED(102),
  RUNNING(103),
  CANCELLING(104),
  PENDING(105),
  STARTING(106),
  STOPPING(107),
  ABORTING(108),
  FREEZING(109),
  FROZEN(110),
  THAWED(111),
  ERROR(112),
  READY(113),
  SUCCESS(200),
  FAILURE(400),
  CANCELLED(401),
  UNKNOWN(-1);

  private final int code;

  OperationStatus(int code) {
    this.code = code;
  }

  /** LXD's numeric status code, or -1 for {@link #UNKNOWN}. */
  public int code() {
    return code;
  }

  /** Maps LXD's numeric status code; unknown codes give {@link #UNKNOWN}. */
  public static OperationStatus fromCode(int code) {
    for (OperationStatus status : values()) {
      if (status.code == code && status != UNKNOWN) {
        return status;
      }
    }
    return UNKNOWN;
  }

  /** Whether the operation has ended: success, failure or cancelled. */
  public boolean isFinal() {
    return this == SUCCESS || this == FAILURE || this == CANCELLED;
  }
}
