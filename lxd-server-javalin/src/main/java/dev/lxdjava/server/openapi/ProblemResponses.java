package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** The problem-document responses of an operation, with the usual meaning of each status. */
final class ProblemResponses {
  /** Content type of error bodies. */
  static final String PROBLEM_JSON = "application/problem+json";

  private static final Map<Integer, String> MEANINGS =
      Map.ofEntries(
          Map.entry(400, "Invalid parameter, body or name; `field` or `parameter` names it"),
          Map.entry(401, "Missing, invalid, expired or revoked credentials; a failed login"),
          Map.entry(403, "The caller's role, in the request's project, is too low for this route"),
          Map.entry(404, "LXD or the gateway does not know the object"),
          Map.entry(405, "The path does not accept this method"),
          Map.entry(
              409,
              "LXD reports a conflict or the operation was cancelled; or the name is taken, or the"
                  + " change would leave no active admin"),
          Map.entry(412, "The `If-Match` ETag no longer matches"),
          Map.entry(413, "The body is larger than 1 MiB"),
          Map.entry(415, "The body's Content-Type is not one this route accepts"),
          Map.entry(429, "Too many attempts from the client address or for the account"),
          Map.entry(500, "The gateway failed; its log has the request id"),
          Map.entry(502, "LXD failed or replied with something unreadable"),
          Map.entry(503, "LXD cannot be reached"),
          Map.entry(504, "The operation kept running past the wait"));

  private final Components components;

  ProblemResponses(Components components) {
    this.components = components;
  }

  void add(ObjectNode responses, Set<Integer> statuses) {
    for (int status : statuses) {
      ObjectNode response = responses.putObject(Integer.toString(status));
      response.put("description", MEANINGS.getOrDefault(status, "Error"));
      ObjectNode headers = response.putObject("headers");
      headers.set("X-Request-ID", requestIdHeader());
      if (status == 429) {
        headers
            .putObject("Retry-After")
            .put("description", "Whole seconds until the next attempt is allowed")
            .set("schema", Schemas.type("integer"));
      }
      response
          .putObject("content")
          .putObject(PROBLEM_JSON)
          .set("schema", CommonShapes.PROBLEM.render(components));
    }
  }

  static ObjectNode requestIdHeader() {
    ObjectNode header = Schemas.object();
    header.put("description", "The request id: the client's own when short and safe, else new");
    header.set("schema", Schemas.type("string"));
    return header;
  }
}
