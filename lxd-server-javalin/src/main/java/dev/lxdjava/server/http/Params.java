package dev.lxdjava.server.http;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceType;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * Reads query parameters by their {@link QueryParam} definitions; every error names the parameter
 * and the rule. {@link RequestRules} has already checked documented parameters before a route runs,
 * so these checks matter only for routes registered without documentation.
 */
public final class Params {
  private Params() {}

  /** The raw value of {@code param}, checked against its rule; empty when absent. */
  public static String value(Context ctx, QueryParam param) {
    String value = ctx.queryParam(param.name());
    if (value == null) {
      return "";
    }
    param.check(value);
    return value;
  }

  /** The {@code project} query parameter, {@code default} when absent or empty. */
  public static String project(Context ctx) {
    String value = value(ctx, QueryParams.PROJECT);
    return value.isEmpty() ? "default" : value;
  }

  /** The {@code target} query parameter (cluster member), empty when absent. */
  public static String target(Context ctx) {
    return value(ctx, QueryParams.TARGET);
  }

  /** The view of {@code lxd} in the request's {@code project}, on its {@code target} if any. */
  public static Lxd scoped(Lxd lxd, Context ctx) {
    Lxd view = lxd.project(project(ctx));
    String target = target(ctx);
    return target.isEmpty() ? view : view.target(target);
  }

  /** A boolean parameter by its definition. */
  public static boolean bool(Context ctx, QueryParam param) {
    return param.parseBoolean(value(ctx, param));
  }

  /** A whole-number parameter by its definition, within its bounds. */
  public static int integer(Context ctx, QueryParam param) {
    return Math.toIntExact(param.parseInteger(value(ctx, param)));
  }

  /** An instant parameter by its definition, or {@code null} when absent. */
  public static Instant instant(Context ctx, QueryParam param) {
    return param.parseInstant(value(ctx, param));
  }

  /** {@code expand}: whether a list returns objects ({@code true}) or names. */
  public static boolean expand(Context ctx) {
    return bool(ctx, QueryParams.EXPAND);
  }

  /** {@code filter}, checked for its clause syntax and passed to LXD as it is; empty for none. */
  public static ListOptions listOptions(Context ctx) {
    String filter = value(ctx, QueryParams.FILTER);
    FilterSyntax.check(filter);
    return ListOptions.DEFAULT.withFilter(filter);
  }

  /** {@code instance-type}, or {@code null} for all types. */
  public static InstanceType instanceType(Context ctx) {
    String value = value(ctx, QueryParams.INSTANCE_TYPE);
    return value.isEmpty() ? null : InstanceType.fromWireName(value);
  }

  /** A boolean query parameter: {@code true}/{@code false}, {@code 1}/{@code 0}. */
  public static boolean bool(Context ctx, String name, boolean fallback) {
    return bool(ctx, QueryParam.bool(name, "", fallback));
  }

  /** An integer query parameter within bounds. */
  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    return integer(ctx, QueryParam.integer(name, "", min, max, fallback));
  }

  /** An optional string query parameter, empty when absent. */
  public static String text(Context ctx, String name) {
    return value(ctx, QueryParam.text(name, ""));
  }
}
