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

  /**
   * The {@code project} query parameter ({@code default} when absent) as {@link #QUERY}, or every
   * project the caller can see, as {@link #ANY}, when {@code all-projects=true}: how LXD's own
   * {@code /1.0/events} selects projects.
   */
  public static final ProjectFrom QUERY_OR_ALL_PROJECTS =
      new ProjectFrom(Source.QUERY_OR_ALL_PROJECTS, "project");

  /** Kinds of project source. */
  public enum Source {
    QUERY,
    PATH,
    GLOBAL,
    ANY,
    QUERY_OR_ANY,
    QUERY_OR_ALL_PROJECTS
  }

  /** The project named by a path parameter, such as {@code {name}} in {@code /projects/{name}}. */
  public static ProjectFrom pathParam(String name) {
    return new ProjectFrom(Source.PATH, name);
  }

  /**
   * The project of the request, or {@code null} for {@link #GLOBAL}, {@link #ANY}, {@link
   * #QUERY_OR_ANY} without the query parameter and {@link #QUERY_OR_ALL_PROJECTS} with {@code
   * all-projects=true}.
   *
   * @throws ParameterException for an invalid {@code project} or {@code all-projects} query
   *     parameter, or both given
   * @throws dev.lxdjava.core.LxdValidationException for an invalid project name in the path
   */
  public String resolve(Context ctx) {
    return switch (source) {
      case QUERY -> Params.project(ctx);
      case PATH -> Names.segment("project name", ctx.pathParam(parameter));
      case QUERY_OR_ANY -> ctx.queryParam(parameter) == null ? null : Params.project(ctx);
      case QUERY_OR_ALL_PROJECTS -> allProjects(ctx) ? null : Params.project(ctx);
      case GLOBAL, ANY -> null;
    };
  }

  private static boolean allProjects(Context ctx) {
    if (!Params.bool(ctx, QueryParams.ALL_PROJECTS)) {
      return false;
    }
    if (!Params.value(ctx, QueryParams.PROJECT).isEmpty()) {
      throw new ParameterException(
          QueryParams.ALL_PROJECTS.name(),
          "query parameters 'project' and 'all-projects=true' exclude each other; send one");
    }
    return true;
  }

  @Override
  public String toString() {
    return switch (source) {
      case QUERY -> "project from ?project=";
      case PATH -> "project from {" + parameter + "}";
      case GLOBAL -> "global";
      case ANY -> "any visible project";
      case QUERY_OR_ANY -> "project from ?project=, else any visible project";
      case QUERY_OR_ALL_PROJECTS -> "project from ?project=, or any visible one with all-projects";
    };
  }
}
