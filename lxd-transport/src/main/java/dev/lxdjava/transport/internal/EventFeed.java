package dev.lxdjava.transport.internal;

import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Receives the frames of one connection to {@code /1.0/events}; a new one is made per connection
 * attempt. Public because Jetty invokes listener methods through public method handles.
 */
public final class EventFeed implements Session.Listener.AutoDemanding {
  private final Consumer<String> messages;
  private final Consumer<String> lost;

  EventFeed(Consumer<String> messages, Consumer<String> lost) {
    this.messages = messages;
    this.lost = lost;
  }

  @Override
  public void onWebSocketText(String message) {
    messages.accept(message);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    lost.accept(
        "LXD closed the event stream ("
            + statusCode
            + (reason == null || reason.isEmpty() ? "" : " " + reason)
            + ")");
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    lost.accept("event stream broke: " + cause.getMessage());
  }
}
