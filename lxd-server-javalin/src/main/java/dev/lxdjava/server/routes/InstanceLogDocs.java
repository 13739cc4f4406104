package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the instance log and console log routes. */
final class InstanceLogDocs {
  private InstanceLogDocs() {}

  private static final String TAG = "instances";
  private static final String FILE =
      "Log file name from the list, such as `lxc.log`; no `/`, `..` or control characters";
  private static final Shape TEXT_BODY =
      components -> Schemas.type("string").put("contentMediaType", "text/plain");

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List an instance's log files")
          .description("Names of the instance's log files, sorted by name.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of log file names", Shape.pageOf(Shape.string()))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc READ =
      RouteDoc.builder(TAG, "Read an instance's log file")
          .description("The file's text, streamed from LXD as it is read.")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("file", FILE)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(new Reply(200, "The log file's content", "text/plain", TEXT_BODY))
          .errors(400, 404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(TAG, "Delete an instance's log file")
          .description("LXD refuses to delete `lxc.log` and `lxc.conf`.")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("file", FILE)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(Reply.empty(204, "The file is deleted"))
          .errors(400, 404)
          .lxd()
          .build();

  static final RouteDoc CONSOLE =
      RouteDoc.builder(TAG, "Read a container's console log")
          .description(
              "What the container wrote to its console, streamed; empty when it wrote nothing."
                  + " Containers only.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(new Reply(200, "The console output", "text/plain", TEXT_BODY))
          .errors(400, 404)
          .lxd()
          .build();

  static final RouteDoc CLEAR_CONSOLE =
      RouteDoc.builder(TAG, "Empty a container's console log")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(Reply.empty(204, "The console log is empty"))
          .errors(400, 404)
          .lxd()
          .build();
}
