package dev.lxdjava.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;

/**
 * Large JSON replies written as UTF-8 bytes in one step. {@code ctx.json} builds a {@code String}
 * through Jackson's char buffers and encodes it again, which allocates about six times the reply's
 * size (an estimate from the buffers involved) against about two times here. For a list of 200
 * instances (323 KB) that saves over 1 MiB per request in flight.
 */
public final class JsonReplies {
  private JsonReplies() {}

  /** Writes {@code value} as the JSON reply, with the mapper that {@code ctx.json} uses. */
  public static void send(Context ctx, Object value) {
    if (!(ctx.jsonMapper() instanceof JavalinJackson jackson)) {
      ctx.json(value);
      return;
    }
    byte[] body;
    try {
      body = jackson.getMapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("failed to write the reply as JSON: " + e.getMessage(), e);
    }
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
  }
}
