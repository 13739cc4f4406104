package dev.lxdjava.core.event;

import java.time.Duration;
import java.time.Instant;

/**
 * A time span in which the connection to LXD's event stream was lost, so events may be missing. A
 * listener that keeps state from events should read the current state again after a gap.
 *
 * @param disconnectedAt when the connection was lost
 * @param reconnectedAt when it was open again
 * @param attempts connection attempts it took
 * @param reason why the connection was lost
 */
public record EventGap(Instant disconnectedAt, Instant reconnectedAt, int attempts, String reason) {

  /** The length of the gap. */
  public Duration duration() {
    return Duration.between(disconnectedAt, reconnectedAt);
  }
}
