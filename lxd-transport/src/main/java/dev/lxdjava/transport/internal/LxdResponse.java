package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A decoded LXD reply that is not an error: synchronous ({@code type: sync}) or asynchronous
 * ({@code type: async}, with an operation URL).
 *
 * @param method request method
 * @param path request path with query
 * @param httpStatus HTTP status of the reply
 * @param async whether LXD started a background operation
 * @param operationUrl the operation's path, for async replies, else empty
 * @param metadata the {@code metadata} member; a {@code NullNode} when LXD sent null
 * @param etag the {@code ETag} header, or empty
 */
public record LxdResponse(
    String method,
    String path,
    int httpStatus,
    boolean async,
    String operationUrl,
    JsonNode metadata,
    String etag) {}
