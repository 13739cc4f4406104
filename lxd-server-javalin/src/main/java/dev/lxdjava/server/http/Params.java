package dev.lxdjava.server.http;

import dev.lxdjava.core.Names;
import io.javalin.http.Context;
import java.util.Locale;

/** Reads and checks query and path parameters; every error names the parameter and the rule. */
public final class Params {
  private Params() {}

  /** The {@code project} query parameter, {@code default} when absent. */
  public static String project(Context ctx) {
    String value = ctx.queryParam("project");
    if (value == null || value.isEmpty()) {
      return "default";
    }
    return Names.segment("project name", value);
  }

  /** The {@code target} query parameter (cluster member), empty when absent. */
  public static String target(Context ctx) {
    String value = ctx.queryParam("target");
    return value == null || value.isEmpty() ? "" : Names.segment("cluster member name", value);
  }

  /** A boolean query parameter: {@code true}/{@code false}, {@code 1}/{@code 0}. */
  public static boolean bool(Context ctx, String name, boolean fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw ApiException.badRequest(
              "query parameter '" + name + "'='" + value + "' must be true or false");
    };
  }

  /** An integer query parameter within bounds. */
  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw ApiException.badRequest(
            "query parameter '" + name + "'=" + value + " must be between " + min + " and " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "query parameter '" + name + "'='" + value + "' must be a whole number");
    }
  }

  /** An optional string query parameter, empty when absent. */
  public static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? "" : value;
  }
}
