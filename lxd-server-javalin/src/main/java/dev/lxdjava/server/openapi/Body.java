package dev.lxdjava.server.openapi;

import java.util.List;

/**
 * The request body a route takes. A buffered body is read whole and limited to {@link
 * #MAX_BUFFERED_BYTES}; a streamed body is read from {@code ctx.bodyInputStream()} by the route,
 * with no size limit and no copy in memory.
 *
 * @param mediaTypes accepted {@code Content-Type} values, without parameters
 * @param shape schema of the body, for the API document
 * @param streamed whether the route streams the body instead of buffering it
 * @param description what the body carries
 */
public record Body(List<String> mediaTypes, Shape shape, boolean streamed, String description) {
  /** Largest buffered request body, in bytes (1 MiB). */
  public static final long MAX_BUFFERED_BYTES = 1024 * 1024;

  /** Media type of JSON bodies. */
  public static final String JSON = "application/json";

  public Body {
    mediaTypes = List.copyOf(mediaTypes);
    if (mediaTypes.isEmpty()) {
      throw new IllegalArgumentException("a body accepts at least one media type");
    }
    description = description == null ? "" : description;
  }

  /** A JSON body of {@code shape}, buffered. */
  public static Body json(Shape shape) {
    return new Body(List.of(JSON), shape, false, "");
  }

  /** A body streamed to the route without a size limit, for uploads. */
  public static Body streamed(String description, String... mediaTypes) {
    return new Body(List.of(mediaTypes), components -> Schemas.object(), true, description);
  }

  /** Whether a request {@code Content-Type} (parameters allowed) is accepted. */
  public boolean accepts(String contentType) {
    if (contentType == null) {
      return false;
    }
    String base = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return mediaTypes.contains(base);
  }
}
