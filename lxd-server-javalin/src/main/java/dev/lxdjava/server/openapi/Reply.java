package dev.lxdjava.server.openapi;

/**
 * One documented response of a route.
 *
 * @param status HTTP status
 * @param description when the route gives this response
 * @param mediaType {@code Content-Type} of the body, or empty for no body
 * @param shape schema of the body; ignored without a media type
 */
public record Reply(int status, String description, String mediaType, Shape shape) {
  /** A JSON response. */
  public static Reply json(int status, String description, Shape shape) {
    return new Reply(status, description, Body.JSON, shape);
  }

  /** A response without a body. */
  public static Reply empty(int status, String description) {
    return new Reply(status, description, "", null);
  }

  /** Whether the response has a body. */
  public boolean hasBody() {
    return !mediaType.isEmpty();
  }
}
