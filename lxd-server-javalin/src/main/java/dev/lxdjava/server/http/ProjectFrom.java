package dev.lxdjava.server.http;

import dev.lxdjava.core.Names;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * Where a route finds the LXD project it acts in, for the {@link Access} levels that project grants
 * can satisfy. Routes that declare none use {@link #QUERY}.
 *
 * @param source the kind of source
 * @param parameter the path parameter's name for {@link Source#PATH}, otherwise {@code project}
 */
public record ProjectFrom(Source source, String parameter) implements RouteRole {
  /** The {@code project} query parameter, {@code default} when absent. */
  public static final ProjectFrom QUERY = new ProjectFrom(Source.QUERY, "project");

  /** No project: only the global role counts. */
  public static final ProjectFrom GLOBAL = new ProjectFrom(Source.GLOBAL, "project");

  /**
   * Every project the caller can see: the route needs the role in at least one project and must
   * keep only items of {@link Authentication#visibleProjects} in what it returns.
   */
  public static final ProjectFrom ANY = new ProjectFrom(Source.ANY, "project");

  /**
   * The {@code project} query parameter when the request has one, as {@link #QUERY}; without it
   * every project the caller can see, as {@link #ANY}. For lists that cover one project or all.
   */
  public static final ProjectFrom QUERY_OR_ANY = new ProjectFrom(Source.QUERY_OR_ANY, "project");

  /** Kinds of project source. */
  public enum Source {
    QUERY,
    PATH,
    GLOBAL,
    ANY,
    QUERY_OR_ANY
  }

  /** The project named by a path parameter, such as {@code {name}} in {@code /projects/{name}}. */
  public static ProjectFrom pathParam(String name) {
    return new ProjectFrom(Source.PATH, name);
  }

  /**
   * The project of the request, or {@code null} for {@link #GLOBAL}, {@link #ANY} and {@link
   * #QUERY_OR_ANY} without the query parameter.
   *
   * @throws ParameterException for an invalid {@code project} query parameter
   * @throws dev.lxdjava.core.LxdValidationException for an invalid project name in the path
   */
  public String resolve(Context ctx) {
    return switch (source) {
      case QUERY -> Params.project(ctx);
      case PATH -> Names.segment("project name", ctx.pathParam(parameter));
      case QUERY_OR_ANY -> ctx.queryParam(parameter) == null ? null : Params.project(ctx);
      case GLOBAL, ANY -> null;
    };
  }

  @Override
  public String toString() {
    return switch (source) {
      case QUERY -> "project from ?project=";
      case PATH -> "project from {" + parameter + "}";
      case GLOBAL -> "global";
      case ANY -> "any visible project";
      case QUERY_OR_ANY -> "project from ?project=, else any visible project";
    };
  }
}
