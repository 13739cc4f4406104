package dev.lxdjava.server.ws;

import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.ParameterException;
import dev.lxdjava.server.http.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the query parameters of a WebSocket upgrade as the HTTP routes check theirs: a parameter
 * the route does not document, one given twice, or a value that breaks its rule is a 400 naming it,
 * which closes the socket with 4400. The credential parameters {@code ticket} and {@code token} are
 * accepted on every route.
 */
final class QueryCheck {
  private final List<QueryParam> accepted;

  QueryCheck(List<QueryParam> accepted) {
    this.accepted = List.copyOf(accepted);
  }

  /**
   * Checks every parameter of the request.
   *
   * @throws ParameterException naming the first parameter that breaks a rule
   */
  void check(Map<String, List<String>> query) {
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      String name = entry.getKey();
      if (name.equals(Authentication.TICKET_PARAM) || name.equals(Authentication.TOKEN_PARAM)) {
        continue;
      }
      QueryParam param =
          accepted.stream().filter(known -> known.name().equals(name)).findFirst().orElse(null);
      if (param == null) {
        throw new ParameterException(
            name, "unknown query parameter '" + name + "'; this route accepts " + names());
      }
      if (entry.getValue().size() > 1) {
        throw new ParameterException(
            name, "query parameter '" + name + "' is given " + entry.getValue().size() + " times");
      }
      param.check(entry.getValue().get(0));
    }
  }

  private String names() {
    List<String> names = new ArrayList<>();
    accepted.forEach(param -> names.add(param.name()));
    names.add(Authentication.TICKET_PARAM);
    names.add(Authentication.TOKEN_PARAM);
    return String.join(", ", names);
  }
}
