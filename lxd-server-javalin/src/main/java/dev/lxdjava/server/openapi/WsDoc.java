package dev.lxdjava.server.openapi;

import dev.lxdjava.server.http.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documentation of one WebSocket route. OpenAPI has no WebSocket object, so the document shows
 * the upgrade as a {@code GET} with a 101 response and describes the protocol in the {@code
 * x-websocket} extension: the frames each side sends.
 *
 * @param tag group of the route in the API document
 * @param summary one line saying what the socket carries
 * @param description longer explanation, or empty
 * @param pathParams description of each path parameter, by name
 * @param query accepted query parameters of the upgrade request
 * @param subprotocols accepted {@code Sec-WebSocket-Protocol} values, or empty
 * @param messages the frames of the protocol
 */
public record WsDoc(
    String tag,
    String summary,
    String description,
    Map<String, String> pathParams,
    List<QueryParam> query,
    List<String> subprotocols,
    List<Message> messages) {

  public WsDoc {
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a WebSocket route needs a summary");
    }
    description = description == null ? "" : description;
    pathParams = Map.copyOf(pathParams);
    query = List.copyOf(query);
    subprotocols = List.copyOf(subprotocols);
    messages = List.copyOf(messages);
  }

  /** The side that sends a frame. */
  public enum Direction {
    CLIENT_TO_SERVER,
    SERVER_TO_CLIENT
  }

  /** WebSocket frame type. */
  public enum Frame {
    TEXT,
    BINARY,
    CLOSE
  }

  /**
   * One kind of frame in the protocol.
   *
   * @param direction who sends it
   * @param frame frame type
   * @param description what it means
   * @param shape schema of a JSON text frame, or {@code null}
   */
  public record Message(Direction direction, Frame frame, String description, Shape shape) {}

  /** Starts the documentation of a WebSocket route. */
  public static Builder builder(String tag, String summary) {
    return new Builder(tag, summary);
  }

  /** Collects the parts of a {@link WsDoc}. */
  public static final class Builder {
    private final String tag;
    private final String summary;
    private String description = "";
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<QueryParam> query = new ArrayList<>();
    private final List<String> subprotocols = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();

    private Builder(String tag, String summary) {
      this.tag = tag;
      this.summary = summary;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder pathParam(String name, String value) {
      pathParams.put(name, value);
      return this;
    }

    public Builder query(QueryParam... params) {
      query.addAll(List.of(params));
      return this;
    }

    public Builder subprotocol(String value) {
      subprotocols.add(value);
      return this;
    }

    /** Adds a frame the client sends. */
    public Builder fromClient(Frame frame, String meaning, Shape shape) {
      messages.add(new Message(Direction.CLIENT_TO_SERVER, frame, meaning, shape));
      return this;
    }

    /** Adds a frame the server sends. */
    public Builder fromServer(Frame frame, String meaning, Shape shape) {
      messages.add(new Message(Direction.SERVER_TO_CLIENT, frame, meaning, shape));
      return this;
    }

    public WsDoc build() {
      return new WsDoc(tag, summary, description, pathParams, query, subprotocols, messages);
    }
  }
}
