package dev.lxdjava.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to an LXD object, such as {@code instance-created} or {@code instance-stopped}.
 *
 * @param timestamp when LXD emitted it
 * @param location cluster member, {@code none} outside a cluster
 * @param project project of the object
 * @param action what happened, for example {@code instance-started}
 * @param source the object's URL, for example {@code /1.0/instances/c1?project=p1}
 * @param context extra details that depend on the action, as plain Java values
 * @param requestor who asked for the change; empty fields when LXD sent none
 */
public record LifecycleEvent(
    Instant timestamp,
    String location,
    String project,
    String action,
    String source,
    Map<String, Object> context,
    Requestor requestor)
    implements Event {

  public LifecycleEvent {
    context =
        context == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(context));
    requestor = requestor == null ? Requestor.NONE : requestor;
  }

  @Override
  public EventType type() {
    return EventType.LIFECYCLE;
  }

  /**
   * The client that caused a lifecycle event.
   *
   * @param username user name or certificate fingerprint
   * @param protocol {@code unix}, {@code tls} or another authentication method
   * @param address the client's address; {@code @} for the unix socket
   */
  public record Requestor(String username, String protocol, String address) {
    /** No requestor: the daemon acted on its own. */
    public static final Requestor NONE = new Requestor("", "", "");

    public Requestor {
      username = username == null ? "" : username;
      protocol = protocol == null ? "" : protocol;
      address = address == null ? "" : address;
    }
  }
}
