package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.QueryParams;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code limit} and {@code offset} of a list request, and the list reply shape {@code {items,
 * limit, offset, total}}.
 *
 * @param limit items per page, 1 to 1000
 * @param offset items to skip
 */
public record Page(int limit, int offset) {
  /** Items per page when {@code limit} is absent. */
  public static final int DEFAULT_LIMIT = QueryParams.DEFAULT_LIMIT;

  /** Largest accepted {@code limit}. */
  public static final int MAX_LIMIT = QueryParams.MAX_LIMIT;

  /** Reads {@code limit} and {@code offset} from the query. */
  public static Page of(Context ctx) {
    return new Page(
        Params.integer(ctx, QueryParams.LIMIT), Params.integer(ctx, QueryParams.OFFSET));
  }

  /** The reply for a page the store already cut, with the total count of all pages. */
  public Map<String, Object> reply(List<?> items, long total) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("total", total);
    return body;
  }

  /**
   * The page of {@code all} sorted by name, so that pages stay stable: LXD returns its lists in no
   * fixed order.
   */
  public <T> Map<String, Object> byName(List<T> all, Function<? super T, String> name) {
    return of(sortedByName(all, name));
  }

  /** Returns a copy of {@code all} sorted by name. */
  public static <T> List<T> sortedByName(List<T> all, Function<? super T, String> name) {
    List<T> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(name));
    return sorted;
  }

  /** The page of {@code all} with the total count. */
  public Map<String, Object> of(List<?> all) {
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", all.subList(from, to));
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("total", all.size());
    return body;
  }
}
