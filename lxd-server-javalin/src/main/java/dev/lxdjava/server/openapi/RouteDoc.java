package dev.lxdjava.server.openapi;

import dev.lxdjava.server.http.QueryParam;
import io.javalin.router.EndpointMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documentation of one HTTP route, given where the route is registered. It feeds the OpenAPI
 * document and the request checks: the query parameters listed here are the only ones the route
 * accepts, and the body's media types the only content types.
 *
 * @param tag group of the route in the API document, for example {@code instances}
 * @param summary one line saying what the route does; also the source of the operation id
 * @param description longer explanation, or empty
 * @param pathParams description of each path parameter, by name
 * @param query accepted query parameters
 * @param headers request headers the route reads, with their descriptions
 * @param body request body, or {@code null} for none
 * @param replies documented success responses
 * @param errors statuses that get a problem document besides the ones every route of its kind has
 */
public record RouteDoc(
    String tag,
    String summary,
    String description,
    Map<String, String> pathParams,
    List<QueryParam> query,
    Map<String, String> headers,
    Body body,
    List<Reply> replies,
    Set<Integer> errors)
    implements EndpointMetadata {

  public RouteDoc {
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a route needs a summary");
    }
    if (replies.isEmpty()) {
      throw new IllegalArgumentException("route '" + summary + "' documents no response");
    }
    description = description == null ? "" : description;
    pathParams = Map.copyOf(pathParams);
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
    replies = List.copyOf(replies);
    errors = Set.copyOf(errors);
  }

  /** Starts the documentation of a route in group {@code tag}. */
  public static Builder builder(String tag, String summary) {
    return new Builder(tag, summary);
  }

  /** Whether the route accepts the query parameter {@code name}. */
  public boolean accepts(String name) {
    return query.stream().anyMatch(param -> param.name().equals(name));
  }

  /** Collects the parts of a {@link RouteDoc}. */
  public static final class Builder {
    private final String tag;
    private final String summary;
    private String description = "";
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<QueryParam> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Body body;
    private final List<Reply> replies = new ArrayList<>();
    private final Set<Integer> errors = new TreeSet<>();

    private Builder(String tag, String summary) {
      this.tag = tag;
      this.summary = summary;
    }

    /** Sets the longer explanation (CommonMark). */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Describes a path parameter such as {@code name} in {@code /instances/{name}}. */
    public Builder pathParam(String name, String value) {
      pathParams.put(name, value);
      return this;
    }

    /** Adds accepted query parameters. */
    public Builder query(QueryParam... params) {
      query.addAll(List.of(params));
      return this;
    }

    /**
     * Documents an update guarded by LXD's ETag: the optional {@code If-Match} header, passed to
     * LXD, and the 412 LXD returns when the object changed since it was read.
     */
    public Builder ifMatch() {
      headers.put(
          "If-Match", "ETag from a GET; LXD rejects the update with 412 when it no longer matches");
      errors.add(412);
      return this;
    }

    /** Sets the request body. */
    public Builder body(Body value) {
      this.body = value;
      return this;
    }

    /** Adds a JSON success response. */
    public Builder json(int status, String when, Shape shape) {
      replies.add(Reply.json(status, when, shape));
      return this;
    }

    /** Adds a success response. */
    public Builder reply(Reply reply) {
      replies.add(reply);
      return this;
    }

    /**
     * Documents a route that starts an LXD operation: 202 with an operation reference, or with
     * {@code wait=true} 200 with the finished operation. Adds the {@code wait} parameter.
     */
    public Builder operation() {
      query.add(dev.lxdjava.server.http.QueryParams.WAIT);
      replies.add(
          Reply.json(
              202,
              "LXD started the work (or `wait=true` ran out after 120 s): where to follow it",
              CommonShapes.OPERATION_REFERENCE));
      replies.add(
          Reply.json(200, "With `wait=true`: the operation, finished", CommonShapes.OPERATION));
      errors.add(504);
      return lxd();
    }

    /** Adds statuses that get a problem document. */
    public Builder errors(Integer... statuses) {
      errors.addAll(List.of(statuses));
      return this;
    }

    /** Marks a route that calls LXD: 502 when LXD fails, 503 when it cannot be reached. */
    public Builder lxd() {
      errors.add(502);
      errors.add(503);
      return this;
    }

    public RouteDoc build() {
      return new RouteDoc(
          tag, summary, description, pathParams, query, headers, body, replies, errors);
    }
  }
}
