package dev.lxdjava.testkit.fake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request the fake LXD received, as the client sent it.
 *
 * @param method HTTP method
 * @param path the decoded path, for example {@code /1.0/instances/web1}
 * @param rawPath the path as sent, percent-encoded
 * @param query decoded query parameters in the order sent
 * @param headers request headers by lower-case name (first value)
 * @param body the first {@link #MAX_BODY} bytes of the body
 * @param bodyLength the full length of the body
 * @param protocol {@code unix} or {@code tls}
 * @param status the HTTP status of the fake's reply (101 for a WebSocket upgrade)
 * @param receivedAt when the request arrived
 */
public record RecordedRequest(
    String method,
    String path,
    String rawPath,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body,
    long bodyLength,
    String protocol,
    int status,
    Instant receivedAt) {
  /** Largest part of a body that is kept. */
  public static final int MAX_BODY = 1024 * 1024;

  public RecordedRequest {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
  }

  /** Returns the first value of a query parameter, or empty when the request had none. */
  public String param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** Returns whether the query has the parameter at all. */
  public boolean hasParam(String name) {
    return query.containsKey(name);
  }

  /** Returns the project the request named, or {@code default} (as LXD assumes) when none. */
  public String project() {
    String project = param("project");
    return project.isEmpty() ? "default" : project;
  }

  /** Returns the body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns whether the request upgraded to a WebSocket. */
  public boolean isWebSocket() {
    return "websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method).append(' ').append(rawPath);
    if (!query.isEmpty()) {
      text.append(' ').append(query);
    }
    return text.append(" -> ").append(status).toString();
  }
}
