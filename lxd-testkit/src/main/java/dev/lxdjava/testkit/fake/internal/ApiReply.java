package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A route's reply; errors are thrown as {@link LxdError} instead. */
public sealed interface ApiReply {

  /**
   * A sync envelope.
   *
   * @param status HTTP status, 200 or 201
   * @param metadata the envelope's {@code metadata}
   * @param etag the ETag header value without quotes, or empty
   * @param location the {@code Location} header, or empty
   */
  record Sync(int status, JsonNode metadata, String etag, String location) implements ApiReply {}

  /** An async envelope for a started operation (HTTP 202). */
  record Async(Operation operation) implements ApiReply {}

  /**
   * A body that is not an envelope, such as a file or an export.
   *
   * @param headers extra headers
   */
  record Raw(int status, String contentType, byte[] body, Map<String, String> headers)
      implements ApiReply {}

  static Sync ok(JsonNode metadata) {
    return new Sync(200, metadata, "", "");
  }

  static Sync tagged(JsonNode metadata, String etag) {
    return new Sync(200, metadata, etag, "");
  }

  /** The empty object LXD returns for most synchronous writes. */
  static Sync empty() {
    return ok(Json.object());
  }

  /** Returns LXD's reply to a synchronous create: 201, {@code Location}, null metadata. */
  static Sync created(String location) {
    return new Sync(201, null, "", location);
  }

  static Async async(Operation operation) {
    return new Async(operation);
  }
}
