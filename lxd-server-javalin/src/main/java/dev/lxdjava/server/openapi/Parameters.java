package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders the path and query parameters of an operation. */
final class Parameters {
  /** Javalin path parameters: {@code {name}}, or {@code <name>} when it may contain slashes. */
  private static final Pattern PATH_PARAM = Pattern.compile("[{<]([A-Za-z0-9_-]+)[}>]");

  private Parameters() {}

  /** Path parameters in path order, then the query parameters. */
  static ArrayNode of(String path, Map<String, String> descriptions, List<QueryParam> query) {
    ArrayNode parameters = JsonNodeFactory.instance.arrayNode();
    Matcher matcher = PATH_PARAM.matcher(path);
    while (matcher.find()) {
      String name = matcher.group(1);
      ObjectNode parameter = parameters.addObject();
      parameter.put("name", name).put("in", "path").put("required", true);
      parameter.put("description", descriptions.getOrDefault(name, name));
      parameter.set("schema", Schemas.type("string"));
    }
    for (QueryParam param : query) {
      ObjectNode parameter = parameters.addObject();
      parameter.put("name", param.name()).put("in", "query").put("required", false);
      parameter.put("description", param.description());
      parameter.set("schema", param.schema());
    }
    return parameters;
  }

  /** Names of the path parameters of a Javalin path. */
  static List<String> pathNames(String path) {
    return PATH_PARAM.matcher(path).results().map(match -> match.group(1)).toList();
  }
}
