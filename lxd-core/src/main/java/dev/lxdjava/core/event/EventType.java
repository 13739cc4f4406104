package dev.lxdjava.core.event;

import dev.lxdjava.core.LxdValidationException;

/** Kinds of LXD events ({@code GET /1.0/events?type=…}). */
public enum EventType {
  /** Changes to objects: an instance created, started, deleted (API extension event_lifecycle). */
  LIFECYCLE("lifecycle"),
  /** Background operations from creation to their final state. */
  OPERATION("operation"),
  /** The daemon's log messages, at every level. */
  LOGGING("logging");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name LXD uses in the {@code type} field and query parameter. */
  public String wireName() {
    return wireName;
  }

  /**
   * Maps LXD's name for the type.
   *
   * @throws LxdValidationException for any other name
   */
  public static EventType fromWireName(String name) {
    for (EventType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new LxdValidationException(
        "event type", String.valueOf(name), "must be lifecycle, operation or logging");
  }
}
