package dev.lxdjava.core.instance;

import dev.lxdjava.core.LxdValidationException;
import java.time.Duration;

/**
 * A state change with its options.
 *
 * @param action what to do
 * @param force stop or restart without waiting for a clean shutdown
 * @param stateful save (stop) or restore (start) the runtime state; needs CRIU on the host
 * @param timeout how long LXD waits for a clean shutdown (stop, restart) before it fails the
 *     operation; {@code null} waits without limit, as {@code lxc stop} does, and zero stops at once
 *     like {@code force}. Sent in whole seconds.
 */
public record StateChange(StateAction action, boolean force, boolean stateful, Duration timeout) {

  public StateChange {
    if (action == null) {
      throw new LxdValidationException("state action", "null", "must be given");
    }
    if (timeout != null && (timeout.isNegative() || timeout.toSeconds() > Integer.MAX_VALUE)) {
      throw new LxdValidationException(
          "state change timeout", timeout.toString(), "must be between 0 and 2^31-1 seconds");
    }
  }

  /** A plain change without force, state saving or timeout. */
  public static StateChange of(StateAction action) {
    return new StateChange(action, false, false, null);
  }
}
