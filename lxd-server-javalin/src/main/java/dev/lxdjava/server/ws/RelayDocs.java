package dev.lxdjava.server.ws;

import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;
import dev.lxdjava.server.openapi.WsDoc;
import dev.lxdjava.server.openapi.WsDoc.Frame;

/** Documentation of the exec, console and events WebSockets, with their framing. */
final class RelayDocs {
  private RelayDocs() {}

  private static final String TAG = "websockets";
  private static final String NAME =
      "Instance name: 1 to 63 ASCII letters, digits and hyphens, not starting with a digit or"
          + " hyphen, not ending with a hyphen";
  private static final String EARLIER_PATH =
      " The earlier gateway's path; it serves the same protocol as ";

  static final QueryParam TYPE =
      QueryParam.text(
          "type",
          "Comma-separated event types: `lifecycle`, `operation`, `logging`; all three when"
              + " absent.");

  private static final Shape START =
      Shape.named(
          "TerminalStart",
          components ->
              Schemas.objectSchema(true)
                  .description(
                      "The first message: starts the command (exec) or attaches (console, which"
                          + " takes only `width` and `height`). Unknown fields close with 4400.")
                  .required("type", Schemas.choice("message type", "start"))
                  .optional(
                      "command",
                      Schemas.type("array", "exec: program and arguments, run without a shell")
                          .set("items", Schemas.type("string")))
                  .optional(
                      "environment",
                      Schemas.type("object", "variables added to LXD's defaults")
                          .set("additionalProperties", Schemas.type("string")))
                  .optional(
                      "interactive",
                      Schemas.type(
                          "boolean",
                          "run on a terminal (default `true`); `false` gives separate stdin,"
                              + " stdout and stderr"))
                  .optional("width", Schemas.type("integer", "terminal columns, default 80"))
                  .optional("height", Schemas.type("integer", "terminal rows, default 24"))
                  .optional("user", Schemas.type("integer", "numeric user id, default 0"))
                  .optional("group", Schemas.type("integer", "numeric group id, default 0"))
                  .optional("cwd", Schemas.type("string", "absolute working directory"))
                  .build());

  private static final Shape RESIZE =
      Shape.named(
          "TerminalResize",
          components ->
              Schemas.objectSchema(true)
                  .required("type", Schemas.choice("message type", "resize"))
                  .required("width", Schemas.type("integer", "terminal columns"))
                  .required("height", Schemas.type("integer", "terminal rows"))
                  .build());

  private static final Shape SIGNAL =
      Shape.named(
          "TerminalSignal",
          components ->
              Schemas.objectSchema(true)
                  .required("type", Schemas.choice("message type", "signal"))
                  .required(
                      "signal",
                      Schemas.type("integer", "signal number, 1 to 64; 15 is SIGTERM, 1 SIGHUP"))
                  .build());

  private static final Shape STDIN_EOF =
      Shape.named(
          "TerminalStdinEof",
          components ->
              Schemas.objectSchema(true)
                  .required("type", Schemas.choice("message type", "stdin-eof"))
                  .build());

  private static final Shape STARTED =
      Shape.named(
          "TerminalStarted",
          components ->
              Schemas.objectSchema(false)
                  .required("type", Schemas.choice("message type", "started"))
                  .required("operation_id", Schemas.type("string", "LXD's exec operation"))
                  .required("project", Schemas.type("string", "LXD project of the operation"))
                  .build());

  private static final Shape EXIT =
      Shape.named(
          "TerminalExit",
          components ->
              Schemas.objectSchema(false)
                  .description("Sent after the last output byte, before close code 1000.")
                  .required("type", Schemas.choice("message type", "exit"))
                  .optional(
                      "exit_code",
                      Schemas.type("integer", "exec only; 128 + N for a command ended by signal N"))
                  .optional(
                      "error",
                      Schemas.type(
                          "string",
                          "LXD's message when it failed the command, such as `Command not"
                              + " found` (exit code 127)"))
                  .build());

  /** The {@code error} message every gateway WebSocket sends before an error close. */
  static final Shape ERROR =
      Shape.named(
          "WebSocketError",
          components ->
              Schemas.objectSchema(false)
                  .description(
                      "Sent before an error close, because a close reason is cut to 123 bytes."
                          + " The close code is 4000 plus `status`.")
                  .required("type", Schemas.choice("message type", "error"))
                  .required("status", Schemas.type("integer", "the HTTP status of the problem"))
                  .required("problem", Schemas.type("string", "problem type slug"))
                  .required("detail", Schemas.type("string", "what went wrong"))
                  .build());

  private static final Shape EVENT =
      Shape.named(
          "LxdEvent",
          components ->
              Schemas.objectSchema(false)
                  .description("An LXD event in LXD's own shape.")
                  .required(
                      "type", Schemas.choice("event type", "lifecycle", "operation", "logging"))
                  .required("timestamp", Schemas.type("string").put("format", "date-time"))
                  .required("location", Schemas.type("string", "cluster member, or `none`"))
                  .required(
                      "project", Schemas.type("string", "LXD project; empty for logging events"))
                  .required(
                      "metadata",
                      Schemas.type(
                          "object",
                          "lifecycle: `action`, `source`, `context`, `requestor`; operation: the"
                              + " operation; logging: `message`, `level`, `context`"))
                  .build());

  private static final Shape SUBSCRIBED =
      Shape.named(
          "EventsSubscribed",
          components ->
              Schemas.objectSchema(false)
                  .description("The first message: every event from now on is relayed.")
                  .required("type", Schemas.choice("message type", "subscribed"))
                  .required(
                      "types",
                      Schemas.type("array").set("items", Schemas.type("string", "event type")))
                  .required(
                      "project", Schemas.type("string", "the project, `null` for all projects"))
                  .required("all_projects", Schemas.type("boolean"))
                  .build());

  private static final Shape DISCONNECTED =
      Shape.named(
          "EventsDisconnected",
          components ->
              Schemas.objectSchema(false)
                  .description(
                      "The gateway lost LXD's event stream and reconnects with a growing pause.")
                  .required("type", Schemas.choice("message type", "disconnected"))
                  .required("reason", Schemas.type("string"))
                  .build());

  private static final Shape GAP =
      Shape.named(
          "EventsGap",
          components ->
              Schemas.objectSchema(false)
                  .description(
                      "The stream is back; events between the two times may be missing, so a"
                          + " client that mirrors state reads it again.")
                  .required("type", Schemas.choice("message type", "gap"))
                  .required("disconnected_at", Schemas.type("string").put("format", "date-time"))
                  .required("reconnected_at", Schemas.type("string").put("format", "date-time"))
                  .required("reason", Schemas.type("string"))
                  .build());

  private static WsDoc.Builder terminal(String summary, String description) {
    return WsDoc.builder(TAG, summary)
        .description(description)
        .pathParam("name", NAME)
        .query(QueryParams.PROJECT)
        .fromClient(Frame.TEXT, "Starts the session; the first message", START)
        .fromClient(
            Frame.BINARY,
            "Input: byte 0 is the channel, always 0 (stdin); the rest is data, at most 1 MiB"
                + " in all (a larger message closes with 1009). Input after the command ended is"
                + " dropped.",
            null)
        .fromClient(Frame.TEXT, "Resizes the terminal", RESIZE)
        .fromClient(Frame.TEXT, "Sends a signal to the command (exec only)", SIGNAL)
        .fromClient(Frame.TEXT, "Closes the command's stdin (exec only)", STDIN_EOF)
        .fromServer(Frame.TEXT, "LXD runs the command or the console is attached", STARTED)
        .fromServer(
            Frame.BINARY,
            "Output: byte 0 is the channel, 1 for stdout (and all terminal output), 2 for"
                + " stderr; the rest is data",
            null)
        .fromServer(Frame.TEXT, "The session ended; close code 1000 follows", EXIT)
        .fromServer(Frame.TEXT, "A failure; an error close follows", ERROR)
        .closeCode(1000, "the session ended after the `exit` message")
        .closeCode(1001, "the gateway is shutting down")
        .closeCode(1009, "a binary message over 1 MiB or a text message over 64 KiB")
        .closeCode(4404, "the instance or LXD's operation does not exist")
        .closeCode(4408, "no start message within 10 seconds, or the client took no data for 60 s")
        .closeCode(4409, "LXD reports a conflict, for example the instance is not running")
        .closeCode(4502, "LXD failed or replied with something unreadable")
        .closeCode(4503, "LXD cannot be reached");
  }

  private static final String EXEC_TEXT =
      "Runs a command in the instance, on a terminal (`interactive`, the default) or with separate"
          + " stdin, stdout and stderr. The gateway waits on LXD's operation from the start, so"
          + " the exit code is never lost. When the client goes away, a command on a terminal gets"
          + " SIGHUP and, 3 seconds later, SIGKILL; other commands get SIGKILL. Background jobs of"
          + " a shell that does not hang up its jobs keep running (see docs/exec.md). The gateway"
          + " pings idle sockets every 20 seconds.";

  private static final String CONSOLE_TEXT =
      "Attaches to the instance console, the terminal the instance's init writes to. Closing the"
          + " socket only detaches.";

  static final WsDoc EXEC = terminal("Run a command over a WebSocket", EXEC_TEXT).build();

  static final WsDoc EXEC_EARLIER_PATH =
      terminal(
              "Run a command over a WebSocket (earlier path)",
              EXEC_TEXT + EARLIER_PATH + "`/api/v1/instances/{name}/exec`.")
          .build();

  static final WsDoc CONSOLE = terminal("Attach to the console", CONSOLE_TEXT).build();

  static final WsDoc CONSOLE_EARLIER_PATH =
      terminal(
              "Attach to the console (earlier path)",
              CONSOLE_TEXT + EARLIER_PATH + "`/api/v1/instances/{name}/console`.")
          .build();

  private static WsDoc.Builder events(String summary, String description) {
    return WsDoc.builder(TAG, summary)
        .description(description)
        .query(TYPE, QueryParams.PROJECT, QueryParams.ALL_PROJECTS)
        .fromServer(Frame.TEXT, "The subscription to LXD is open; the first message", SUBSCRIBED)
        .fromServer(Frame.TEXT, "One LXD event", EVENT)
        .fromServer(Frame.TEXT, "The gateway lost LXD's event stream", DISCONNECTED)
        .fromServer(Frame.TEXT, "LXD's event stream is back; events may be missing", GAP)
        .fromServer(Frame.TEXT, "A failure; an error close follows", ERROR)
        .closeCode(1001, "the gateway is shutting down")
        .closeCode(4404, "the project does not exist")
        .closeCode(4408, "the client took no message for 60 seconds")
        .closeCode(4502, "LXD failed or replied with something unreadable")
        .closeCode(4503, "LXD cannot be reached");
  }

  private static final String EVENTS_TEXT =
      "Relays LXD's event stream, filtered by `type` and by `project` (or every project with"
          + " `all-projects=true`). Only events of projects where the caller is a viewer are"
          + " relayed; events without a project (logging) only to callers whose global role is"
          + " viewer or higher. Messages from the client are ignored.";

  static final WsDoc EVENTS = events("Relay LXD events", EVENTS_TEXT).build();

  static final WsDoc EVENTS_EARLIER_PATH =
      events("Relay LXD events (earlier path)", EVENTS_TEXT + EARLIER_PATH + "`/api/v1/events`.")
          .build();
}
