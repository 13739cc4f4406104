package dev.lxdjava.core.instance;

import dev.lxdjava.core.LxdValidationException;
import java.util.Locale;

/** A change of an instance's runtime state ({@code PUT /1.0/instances/{name}/state}). */
public enum StateAction {
  START,
  STOP,
  RESTART,
  FREEZE,
  UNFREEZE;

  /** The action name LXD expects, for example {@code start}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps an action name such as {@code start}.
   *
   * @throws LxdValidationException if the name is not one of the five actions
   */
  public static StateAction fromWireName(String name) {
    for (StateAction action : values()) {
      if (action.wireName().equals(name)) {
        return action;
      }
    }
    throw new LxdValidationException(
        "state action", String.valueOf(name), "must be start, stop, restart, freeze or unfreeze");
  }
}
