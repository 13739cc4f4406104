package dev.lxdjava.server.http;

/**
 * The query parameters routes share, with the names users of the earlier gateway already send.
 * Routes list the ones they accept in their {@code RouteDoc}; any other parameter is a 400.
 */
public final class QueryParams {
  private QueryParams() {}

  /** Items per page when {@code limit} is absent. */
  public static final int DEFAULT_LIMIT = 100;

  /** Largest accepted {@code limit}. */
  public static final int MAX_LIMIT = 1000;

  public static final QueryParam PROJECT =
      QueryParam.name("project", "LXD project the request acts in.", "default");

  public static final QueryParam TARGET =
      QueryParam.name(
          "target", "Cluster member that should do the work; absent lets LXD choose.", "");

  public static final QueryParam WAIT =
      QueryParam.bool(
          "wait",
          "Wait up to 120 s for the operation: 200 with the finished operation, or its error as"
              + " a problem. Still running after 120 s gives the 202 reference.",
          false);

  public static final QueryParam EXPAND =
      QueryParam.bool(
          "expand",
          "`true` returns the objects (LXD recursion 1), `false` only their names (recursion 0).",
          true);

  public static final QueryParam FILTER =
      QueryParam.text(
          "filter",
          "LXD filter expression, passed to LXD, for example `status eq Running`. Send it"
              + " URL-encoded like any query value.");

  public static final QueryParam LIMIT =
      QueryParam.integer("limit", "Items per page.", 1, MAX_LIMIT, DEFAULT_LIMIT);

  public static final QueryParam OFFSET =
      QueryParam.integer("offset", "Items to skip.", 0, Integer.MAX_VALUE, 0);

  public static final QueryParam INSTANCE_TYPE =
      QueryParam.choice(
          "instance-type", "Only instances of this type.", "container", "virtual-machine");
}
