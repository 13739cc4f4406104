package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.CommonShapes;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the operation routes. */
final class OperationDocs {
  private OperationDocs() {}

  private static final String TAG = "operations";
  private static final String ID = "LXD's operation UUID";

  /** Wait time when {@code timeout} is absent, in seconds. */
  static final int DEFAULT_WAIT_SECONDS = 30;

  /** Maximum wait of one request, in seconds. */
  static final int MAX_WAIT_SECONDS = 300;

  static final QueryParam TIMEOUT =
      QueryParam.integer(
          "timeout",
          "Seconds to wait, whole; `-1` means the longest wait, " + MAX_WAIT_SECONDS + " s.",
          -1,
          MAX_WAIT_SECONDS,
          DEFAULT_WAIT_SECONDS);

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List operations")
          .description(
              "Operations LXD still knows, in all states, oldest first, each with its `project`."
                  + " Without `project`: the operations of every project the caller may see."
                  + " LXD forgets a finished operation about five seconds after it ends.")
          .query(QueryParams.PROJECT, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of operations", Shape.pageOf(CommonShapes.OPERATION))
          .lxd()
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(TAG, "Get an operation")
          .pathParam("id", ID)
          .query(QueryParams.PROJECT)
          .json(200, "The operation", CommonShapes.OPERATION)
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc WAIT =
      RouteDoc.builder(TAG, "Wait for an operation")
          .description(
              "Waits until the operation ends or `timeout` passes and returns it. A failed"
                  + " operation is answered as a 400 problem and a cancelled one as a 409, with"
                  + " LXD's message; one still running when the time is up is returned as it is.")
          .pathParam("id", ID)
          .query(QueryParams.PROJECT, TIMEOUT)
          .json(200, "The operation, finished or still running", CommonShapes.OPERATION)
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc CANCEL =
      RouteDoc.builder(TAG, "Cancel an operation")
          .description(
              "Asks LXD to cancel the operation. LXD refuses operations it cannot cancel (their"
                  + " `may_cancel` is false, as for every `exec` on LXD 5.0) with a 400.")
          .pathParam("id", ID)
          .query(QueryParams.PROJECT)
          .reply(Reply.empty(204, "LXD accepted the cancel request"))
          .errors(404)
          .lxd()
          .build();
}
