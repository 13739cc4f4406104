package dev.lxdjava.server.openapi;

import java.util.Map;

/**
 * One documented response of a route.
 *
 * @param status HTTP status
 * @param description when the route gives this response
 * @param mediaType {@code Content-Type} of the body, or empty for no body
 * @param shape schema of the body; ignored without a media type
 * @param headers response headers the route sets, with their descriptions
 */
public record Reply(
    int status, String description, String mediaType, Shape shape, Map<String, String> headers) {

  public Reply {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public Reply(int status, String description, String mediaType, Shape shape) {
    this(status, description, mediaType, shape, Map.of());
  }

  /** Describes a JSON response. */
  public static Reply json(int status, String description, Shape shape) {
    return new Reply(status, description, Body.JSON, shape);
  }

  /** Describes a JSON response that carries LXD's {@code ETag} of the object. */
  public static Reply tagged(int status, String description, Shape shape) {
    return new Reply(
        status,
        description,
        Body.JSON,
        shape,
        Map.of("ETag", "LXD's ETag of the object; send it back in If-Match to update it safely"));
  }

  /** Describes a response without a body. */
  public static Reply empty(int status, String description) {
    return new Reply(status, description, "", null);
  }

  /** Describes a download streamed from LXD, with a {@code Content-Disposition} file name. */
  public static Reply download(int status, String description, String mediaType) {
    return new Reply(
        status,
        description,
        mediaType,
        components -> Schemas.type("string").put("contentMediaType", mediaType),
        Map.of("Content-Disposition", "`attachment` with a file name safe to save"));
  }

  /** Tells whether the response has a body. */
  public boolean hasBody() {
    return !mediaType.isEmpty();
  }
}
