package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the fake's routes see it: method, decoded path segments, decoded query, headers
 * (lower-case names) and the whole body.
 *
 * @param method HTTP method
 * @param rawPath the path as sent, still percent-encoded
 * @param segments the path split at {@code /} and then decoded, without the leading empty segment
 * @param query query parameters, decoded as Go's {@code url.ParseQuery} does
 * @param headers request headers by lower-case name; the first value wins
 * @param body the request body, empty when none was sent
 * @param caller who sent the request
 */
public record ApiRequest(
    String method,
    String rawPath,
    List<String> segments,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body,
    Caller caller) {

  public ApiRequest {
    segments = List.copyOf(segments);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * The sender of a request.
   *
   * @param protocol {@code unix} or {@code tls}
   * @param address the peer address LXD reports as requestor address ({@code @} on the socket)
   * @param fingerprint SHA-256 of the client certificate, or empty
   * @param trusted whether the caller may use the whole API
   * @param certificate the client certificate, or {@code null}
   */
  public record Caller(
      String protocol,
      String address,
      String fingerprint,
      boolean trusted,
      java.security.cert.X509Certificate certificate) {
    /** A trusted caller on the unix socket, as LXD treats every socket client. */
    public static final Caller UNIX = new Caller("unix", "@", "", true, null);

    /** The user name LXD puts in lifecycle events' {@code requestor}. */
    String username() {
      return protocol.equals("unix") ? System.getProperty("user.name", "root") : fingerprint;
    }
  }

  /** Splits a raw path into decoded segments. */
  static List<String> split(String rawPath) {
    List<String> result = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        result.add(decode(part, false));
      }
    }
    return result;
  }

  /** Parses a raw query string. */
  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return result;
  }

  private static String decode(String value, boolean plusIsSpace) {
    try {
      String prepared = plusIsSpace ? value : value.replace("+", "%2B");
      return URLDecoder.decode(prepared, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  /** The first value of a query parameter, or empty. */
  public String param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** Whether a query parameter is present. */
  boolean has(String name) {
    return query.containsKey(name);
  }

  /** The project the request acts in; LXD assumes {@code default} when none is named. */
  public String project() {
    String project = param("project");
    return project.isEmpty() ? "default" : project;
  }

  /** The value of a header, or empty. */
  String header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }

  /** The {@code If-Match} ETag without quotes, or empty. */
  String ifMatch() {
    String value = header("If-Match").strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** Parses the body as JSON; LXD replies 400 when it is not JSON. */
  JsonNode json() {
    JsonNode node = Json.parse(body);
    if (!node.isObject()) {
      throw LxdError.badRequest(
          "json: cannot unmarshal "
              + node.getNodeType().name().toLowerCase(Locale.ROOT)
              + " into Go value of type api object");
    }
    return node;
  }

  /** The {@code recursion} level; LXD treats anything but 1 and 2 as 0 and 2 and more as 2. */
  int recursion() {
    String value = param("recursion");
    if (value.isEmpty()) {
      return 0;
    }
    try {
      int level = Integer.parseInt(value);
      return Math.max(0, Math.min(level, 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The path without {@code /1.0}, for messages. */
  @Override
  public String toString() {
    return method + " " + rawPath;
  }
}
