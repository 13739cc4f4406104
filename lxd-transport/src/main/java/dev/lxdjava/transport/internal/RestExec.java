package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.exec.Exec;
import dev.lxdjava.core.exec.ExecProcess;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.core.exec.Terminal;
import dev.lxdjava.core.exec.TerminalProcess;
import dev.lxdjava.core.exec.TerminalSize;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Exec} over {@code POST /1.0/instances/{name}/exec} and {@code /console} with {@code
 * wait-for-websocket}. The operation's background wait starts right after LXD accepted the request,
 * before the WebSockets connect, so the exit code is read before LXD forgets it.
 */
final class RestExec implements Exec {
  private final RestClient rest;
  private final Scope scope;

  RestExec(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath instancePath(String instance, String action) {
    return LxdPath.of("instances", Names.instance(instance), action).scope(scope, false);
  }

  @Override
  public ExecProcess start(String instance, ExecRequest request) {
    ObjectNode body = body(request, false, null);
    Started started = post(instancePath(instance, "exec"), body);
    ExecSockets sockets = new ExecSockets(WebSocketSupport.of(rest.connection()), started.handle);
    InboundStream stdout = new InboundStream("stdout");
    InboundStream stderr = new InboundStream("stderr");
    ControlChannel control = new ControlChannel();
    SilentChannel stdinChannel = new SilentChannel();
    Map<String, org.eclipse.jetty.websocket.api.Session> open =
        sockets.connect(
            started.fds, Map.of("0", stdinChannel, "1", stdout, "2", stderr, "control", control));
    OperationSession session =
        new OperationSession(
            started.handle.initial(),
            sockets.waitPath(),
            started.done,
            control,
            List.copyOf(open.values()),
            List.of(stdout.ended(), stderr.ended()));
    return new RestExecProcess(session, new OutboundStream("stdin", open.get("0")), stdout, stderr);
  }

  @Override
  public TerminalProcess startInteractive(String instance, ExecRequest request, TerminalSize size) {
    ObjectNode body = body(request, true, size);
    Started started = post(instancePath(instance, "exec"), body);
    return terminal(started, false);
  }

  @Override
  public Terminal attachConsole(String instance, TerminalSize size) {
    ObjectNode body = JsonFields.newObject();
    body.put("type", "console");
    body.put("width", size.width());
    body.put("height", size.height());
    Started started = post(instancePath(instance, "console"), body);
    return terminal(started, true);
  }

  private RestTerminal terminal(Started started, boolean console) {
    WebSocketSupport support = WebSocketSupport.of(rest.connection());
    ExecSockets sockets = new ExecSockets(support, started.handle);
    InboundStream output = new InboundStream(console ? "console" : "terminal");
    ControlChannel control = new ControlChannel();
    Map<String, org.eclipse.jetty.websocket.api.Session> open =
        sockets.connect(started.fds, Map.of("0", output, "control", control));
    OperationSession session =
        new OperationSession(
            started.handle.initial(),
            sockets.waitPath(),
            started.done,
            control,
            List.copyOf(open.values()),
            List.of(output.ended()));
    OutboundStream input = new OutboundStream(console ? "console" : "terminal", open.get("0"));
    // LXD 5.0 ends the terminal's operation only after the client sends its own end marker on the
    // same WebSocket in reply to the output's, as lxc does.
    output.ended().thenRunAsync(input::closeQuietly, support.workers());
    return new RestTerminal(session, input, output, console);
  }

  private ObjectNode body(ExecRequest request, boolean interactive, TerminalSize size) {
    ObjectNode body = JsonFields.newObject();
    body.set("command", rest.json().valueToTree(request.command()));
    body.set("environment", rest.json().valueToTree(request.environment()));
    body.put("wait-for-websocket", true);
    body.put("interactive", interactive);
    body.put("record-output", false);
    if (size != null) {
      body.put("width", size.width());
      body.put("height", size.height());
    }
    // Sent only when set, so daemons without container_exec_user_group_cwd accept the default.
    if (request.user() != 0) {
      body.put("user", request.user());
    }
    if (request.group() != 0) {
      body.put("group", request.group());
    }
    if (!request.cwd().isEmpty()) {
      body.put("cwd", request.cwd());
    }
    return body;
  }

  private Started post(LxdPath path, ObjectNode body) {
    LxdResponse response = rest.send("POST", path, body);
    OperationHandle handle = RestOperations.fromAsync(rest, scope, response);
    Scope operationScope = scope.withProject(handle.project());
    CompletableFuture<Operation> done =
        OperationWatch.start(
            new RestOperations(rest, operationScope),
            handle.id(),
            WebSocketSupport.of(rest.connection()).workers());
    return new Started(handle, fds(handle.initial()), done);
  }

  private static Map<String, String> fds(Operation operation) {
    Object fds = operation.metadata().get("fds");
    if (!(fds instanceof Map<?, ?> map) || map.isEmpty()) {
      throw new LxdProtocolException(
          "operation " + operation.id() + " has no WebSocket secrets in metadata.fds");
    }
    Map<String, String> secrets = new java.util.LinkedHashMap<>();
    map.forEach((fd, secret) -> secrets.put(String.valueOf(fd), String.valueOf(secret)));
    return secrets;
  }

  /** An accepted exec or console request: its operation, WebSocket secrets and final state. */
  private record Started(
      OperationHandle handle, Map<String, String> fds, CompletableFuture<Operation> done) {}
}
