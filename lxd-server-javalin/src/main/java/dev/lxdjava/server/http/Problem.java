package dev.lxdjava.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An error body in RFC 9457 problem details form, the one error shape of the API. Extra members
 * carry facts such as LXD's {@code error_code} or the invalid parameter.
 *
 * @param status HTTP status
 * @param type problem type slug; rendered as {@code urn:lxd-gateway:problem:<slug>}
 * @param detail human-readable explanation naming the value and the rule
 * @param extras additional members, in order
 */
public record Problem(int status, String type, String detail, Map<String, Object> extras) {
  /** Prefix of every problem type URI. */
  public static final String TYPE_PREFIX = "urn:lxd-gateway:problem:";

  /** Longest quoted value a detail echoes in full; longer ones are cut and end in an ellipsis. */
  public static final int MAX_ECHO = 100;

  /** A value in single or double quotes, as details and LXD's messages quote them. */
  private static final Pattern LONG_QUOTED =
      Pattern.compile("(['\"])([^'\"]{" + MAX_ECHO + "})[^'\"]+\\1");

  public Problem {
    detail = detail == null ? null : LONG_QUOTED.matcher(detail).replaceAll("$1$2…$1");
    extras = extras == null ? Map.of() : Map.copyOf(extras);
  }

  /** A problem without extra members. */
  public static Problem of(int status, String type, String detail) {
    return new Problem(status, type, detail, Map.of());
  }

  /** The JSON body, with the request path and id; {@code instance} is left out when null. */
  public Map<String, Object> body(String instance, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + type);
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    body.put("request_id", requestId);
    body.putAll(extras);
    return body;
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
