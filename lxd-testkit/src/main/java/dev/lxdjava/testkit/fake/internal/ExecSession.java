package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.testkit.fake.internal.shell.Host;
import dev.lxdjava.testkit.fake.internal.shell.Io;
import dev.lxdjava.testkit.fake.internal.shell.ShellProcess;
import dev.lxdjava.testkit.fake.internal.shell.Signals;
import dev.lxdjava.testkit.fake.internal.shell.Stdin;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One exec or console session: the process, its WebSockets (by fd name) and its terminal. With
 * {@code wait-for-websocket} the process starts once every fd is connected; it ends the operation
 * with the exit status in {@code metadata.return}, then ends each output stream with an empty text
 * frame and a close, in that order, as LXD 5.0 does.
 */
final class ExecSession implements Host {
  private static final AtomicLong PIDS = new AtomicLong(1000);

  /** How the session was started. */
  record Spec(
      List<String> command,
      Map<String, String> environment,
      String cwd,
      boolean interactive,
      boolean recordOutput,
      boolean console,
      int width,
      int height,
      int user,
      int group) {}

  private final Daemon daemon;
  private final ExecSessions registry;
  final Operation operation;
  final Instance instance;
  final Spec spec;
  final Map<String, String> secrets;
  final long pid = PIDS.incrementAndGet();
  private final Map<String, Session> sockets = new ConcurrentHashMap<>();
  private final Signals signals = new Signals();
  private final Stdin stdin = new Stdin(signals);
  private final Terminal terminal;
  private final ByteArrayOutputStream recordedOut = new ByteArrayOutputStream();
  private final ByteArrayOutputStream recordedErr = new ByteArrayOutputStream();
  private volatile int rows;
  private volatile int columns;
  private boolean started;

  ExecSession(
      Daemon daemon,
      ExecSessions registry,
      Operation operation,
      Instance instance,
      Spec spec,
      Map<String, String> secrets) {
    this.daemon = daemon;
    this.registry = registry;
    this.operation = operation;
    this.instance = instance;
    this.spec = spec;
    this.secrets = secrets;
    this.rows = spec.height() > 0 ? spec.height() : 24;
    this.columns = spec.width() > 0 ? spec.width() : 80;
    this.terminal = new Terminal(stdin, signals, this::writeTerminal);
    if (secrets.isEmpty()) {
      stdin.close();
    }
  }

  /**
   * Connects a WebSocket to an fd. Returns false when the fd already has one; LXD then closes the
   * new connection.
   */
  synchronized boolean attach(String fd, Session session) {
    if (sockets.putIfAbsent(fd, session) != null) {
      return false;
    }
    WebSockets.sendKeepalive(session);
    if (!started && sockets.keySet().containsAll(secrets.keySet())) {
      start();
    }
    return true;
  }

  /** Starts the process on a worker thread. */
  synchronized void start() {
    started = true;
    daemon.workers.execute(this::runProcess);
  }

  void onBinary(String fd, byte[] data) {
    if (!fd.equals("0")) {
      return;
    }
    if (spec.interactive()) {
      terminal.input(data);
    } else {
      stdin.feed(data);
    }
  }

  void onText(String fd, String text) {
    if (fd.equals("control")) {
      control(text);
    } else if (fd.equals("0") && text.isEmpty()) {
      stdin.close();
    } else if (fd.equals("0")) {
      onBinary(fd, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  void onClosed(String fd, Session session) {
    sockets.remove(fd, session);
    if (fd.equals("0")) {
      stdin.close();
    }
  }

  private void control(String text) {
    JsonNode message;
    try {
      message = Json.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (LxdError e) {
      return;
    }
    String command = message.path("command").asText("");
    if (command.equals("window-resize")) {
      JsonNode args = message.path("args");
      // LXD decodes args as map[string]string; numbers instead of strings are ignored there too.
      if (args.path("width").isTextual() && args.path("height").isTextual()) {
        try {
          columns = Integer.parseInt(args.get("width").asText());
          rows = Integer.parseInt(args.get("height").asText());
        } catch (NumberFormatException ignored) {
          // LXD logs and ignores a resize it cannot parse.
        }
      }
    } else if (command.equals("signal") && message.path("signal").isInt()) {
      signals.raise(message.get("signal").asInt());
    }
  }

  /**
   * Kills the process, as stopping the instance does. A session still waiting for its WebSockets
   * never starts and ends as killed, so its operation does not wait forever.
   */
  synchronized void kill() {
    if (!started) {
      started = true;
      daemon.workers.execute(() -> finish(128 + Signals.SIGKILL, true));
      return;
    }
    signals.raise(Signals.SIGKILL);
  }

  private void runProcess() {
    synchronized (daemon) {
      instance.sessions.add(this);
    }
    InstanceFiles files = new InstanceFiles(daemon, instance);
    String program = spec.command().isEmpty() ? "" : spec.command().get(0);
    boolean found = ShellProcess.exists(program, files);
    int status = 127;
    if (found) {
      status =
          ShellProcess.run(
              spec.command(), spec.environment(), spec.cwd(), io(), files, this, signals, pid);
    }
    finish(status, found);
  }

  private Io io() {
    if (spec.interactive()) {
      OutputStream terminalOut = terminal.output();
      return new Io(stdin, terminalOut, terminalOut);
    }
    if (secrets.isEmpty()) {
      OutputStream out = spec.recordOutput() ? recordedOut : OutputStream.nullOutputStream();
      OutputStream err = spec.recordOutput() ? recordedErr : OutputStream.nullOutputStream();
      return new Io(stdin, out, err);
    }
    return new Io(stdin, new SocketOutput(sockets, "1"), new SocketOutput(sockets, "2"));
  }

  private void writeTerminal(byte[] data) {
    Session session = sockets.get("0");
    if (session != null) {
      WebSockets.sendBinary(session, data);
    }
    if (spec.console()) {
      synchronized (daemon) {
        byte[] log = instance.logs.getOrDefault("console", new byte[0]);
        if (log.length < 1024 * 1024) {
          instance.logs.put("console", FileTree.concat(log, data));
        }
      }
    }
  }

  private void finish(int status, boolean found) {
    synchronized (daemon) {
      instance.sessions.remove(this);
    }
    registry.remove(this);
    if (!spec.console()) {
      operation.setMetadata(finalMetadata(status));
    }
    daemon.operations.complete(
        operation, found ? Operation.SUCCESS : Operation.FAILURE, found ? "" : "Command not found");
    for (Map.Entry<String, Session> socket : sockets.entrySet()) {
      boolean output =
          spec.interactive()
              ? socket.getKey().equals("0")
              : !socket.getKey().equals("0") && !socket.getKey().equals("control");
      if (output) {
        WebSockets.endStream(socket.getValue());
      } else {
        WebSockets.close(socket.getValue());
      }
    }
  }

  private JsonNode finalMetadata(int status) {
    ObjectNode metadata;
    JsonNode current = operation.metadata();
    if (current != null && current.isObject()) {
      metadata = (ObjectNode) current.deepCopy();
    } else {
      metadata = Json.object();
    }
    if (spec.recordOutput() && secrets.isEmpty()) {
      String base = "/1.0/instances/" + instance.name + "/logs/exec_" + operation.id();
      synchronized (daemon) {
        instance.logs.put("exec_" + operation.id() + ".stdout", recordedOut.toByteArray());
        instance.logs.put("exec_" + operation.id() + ".stderr", recordedErr.toByteArray());
      }
      ObjectNode output = metadata.putObject("output");
      output.put("1", base + ".stdout");
      output.put("2", base + ".stderr");
    }
    metadata.put("return", status);
    return metadata;
  }

  @Override
  public int rows() {
    return spec.interactive() ? rows : 0;
  }

  @Override
  public int columns() {
    return spec.interactive() ? columns : 0;
  }

  @Override
  public int uid() {
    return spec.user();
  }

  @Override
  public int gid() {
    return spec.group();
  }

  /**
   * Shows the data on every attached console, through its terminal, or appends it to the console
   * log when none is attached.
   */
  @Override
  public void writeConsole(byte[] data) {
    List<ExecSession> consoles;
    synchronized (daemon) {
      consoles = instance.sessions.stream().filter(session -> session.spec.console()).toList();
      if (consoles.isEmpty()) {
        byte[] log = instance.logs.getOrDefault("console", new byte[0]);
        if (log.length < 1024 * 1024) {
          instance.logs.put("console", FileTree.concat(log, data));
        }
        return;
      }
    }
    for (ExecSession console : consoles) {
      try {
        OutputStream screen = console.terminal.output();
        screen.write(data);
        screen.flush();
      } catch (java.io.IOException e) {
        // A console that went away while writing shows nothing; the others still do.
      }
    }
  }

  @Override
  public boolean isTerminal() {
    return spec.interactive();
  }

  @Override
  public void echo(boolean on) {
    terminal.echo(on);
  }

  @Override
  public String hostname() {
    return instance.name;
  }

  @Override
  public List<String> processes() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%5d %-8s %5s %s", 1, "root", "0:00", "/sbin/init"));
    synchronized (daemon) {
      for (ExecSession session : instance.sessions) {
        lines.add(
            String.format(
                "%5d %-8s %5s %s",
                session.pid, "root", "0:00", String.join(" ", session.spec.command())));
      }
    }
    return lines;
  }

  @Override
  public boolean kill(long target, int signal) {
    synchronized (daemon) {
      for (ExecSession session : instance.sessions) {
        if (session.pid == target) {
          session.signals.raise(signal);
          return true;
        }
      }
    }
    return target == 1;
  }
}
