package dev.lxdjava.server.routes;

import dev.lxdjava.core.Tagged;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.ParameterException;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.UsedBy;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * Replies of the routes over LXD's synchronous resources (storage, networks, profiles, projects,
 * images): sorted pages, created objects and their ETags. LXD completes these writes before it
 * replies, so the routes reply 200, 201 or 204, never 202.
 */
final class ResourceReplies {
  private ResourceReplies() {}

  /**
   * Writes a page of {@code items} sorted by name, so that {@code limit} and {@code offset} page
   * through a stable order; with {@code expand=false} only the names.
   */
  static <T> void page(Context ctx, List<T> items, Function<T, String> name) {
    Page page = Page.of(ctx);
    if (Params.expand(ctx)) {
      ctx.json(page.of(UsedBy.readable(ctx, Page.sortedByName(items, name))));
    } else {
      ctx.json(page.byName(items.stream().map(name).toList(), String::valueOf));
    }
  }

  /** Writes 201 with the new object and its ETag. */
  static void created(Context ctx, Tagged<?> tagged) {
    ctx.status(201);
    ETags.send(ctx, tagged);
  }

  /** Writes 204 for a deleted object. */
  static void deleted(Context ctx) {
    ctx.status(204);
  }

  /**
   * Reads the JSON body of a rename: {@code {"name": "new-name"}}.
   *
   * @throws ApiException 400 when the name is missing
   */
  static String newName(Context ctx, dev.lxdjava.server.http.Bodies bodies) {
    Rename body = bodies.read(ctx, Rename.class);
    if (body.name() == null || body.name().isEmpty()) {
      throw ApiException.badRequest("field 'name' is required: the new name");
    }
    return body.name();
  }

  /**
   * Reads a query parameter the route cannot do without.
   *
   * @throws ParameterException 400 naming the parameter when it is absent or empty
   */
  static String required(Context ctx, QueryParam param) {
    String value = Params.value(ctx, param);
    if (value.isEmpty()) {
      throw new ParameterException(
          param.name(),
          "query parameter '" + param.name() + "' is required: " + param.description());
    }
    return value;
  }

  /** {@code POST …/rename}: the new name. */
  record Rename(String name) {}
}
