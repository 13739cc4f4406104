package dev.lxdjava.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.core.exec.TerminalSize;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Problem;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.WebSocketGuard;
import dev.lxdjava.server.http.WsClosing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays one exec or console session between a client WebSocket and LXD. The client's first message
 * starts the session; binary frames carry data with a channel byte in front (0 stdin, 1 stdout, 2
 * stderr); the relay ends with an {@code exit} message and close code 1000 after every output byte
 * was sent. When the client goes away first, the LXD side is closed, which kills the command.
 */
final class TerminalRelay implements Relay {
  private static final Logger LOG = LoggerFactory.getLogger(TerminalRelay.class);

  /** How long a client may take to send the start message. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  /** Largest piece of client input written to LXD at once; larger messages are split. */
  static final int STDIN_CHUNK = 64 * 1024;

  /** How long a command on a terminal may take to end after SIGHUP before it is killed. */
  static final Duration HANG_UP_GRACE = Duration.ofSeconds(3);

  private final Lxd lxd;
  private final String instance;
  private final boolean console;
  private final String username;
  private final ClientSocket client;
  private final MessageReader messages;
  private final Problems problems;
  private final RelayThreads threads;
  private final Object state = new Object();
  private volatile LxdSide side;
  private volatile boolean startRequested;
  private volatile boolean finished;

  TerminalRelay(
      Lxd lxd,
      String instance,
      boolean console,
      String username,
      ClientSocket client,
      ObjectMapper json,
      Problems problems,
      RelayThreads threads) {
    this.lxd = lxd;
    this.instance = instance;
    this.console = console;
    this.username = username;
    this.client = client;
    this.messages = new MessageReader(json);
    this.problems = problems;
    this.threads = threads;
    threads.schedule(this::startTimedOut, START_TIMEOUT);
  }

  private void startTimedOut() {
    if (!startRequested && !finished) {
      fail(408, "timeout", "no start message within " + START_TIMEOUT.toSeconds() + " s");
    }
  }

  @Override
  public void onText(String message) {
    if (finished) {
      return;
    }
    try {
      JsonNode node = messages.parse(message);
      String type = node.path("type").asText("");
      switch (type) {
        case "start" -> start(messages.read(node, type, TerminalMessages.Start.class));
        case "resize" -> resize(messages.read(node, type, TerminalMessages.Resize.class));
        case "signal" -> signal(messages.read(node, type, TerminalMessages.Signal.class));
        case "stdin-eof" -> {
          messages.read(node, type, TerminalMessages.StdinEof.class);
          writeInput(null);
        }
        default ->
            throw ApiException.badRequest(
                "unknown message type '" + type + "'; expected start, resize, signal or stdin-eof");
      }
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public void onBinary(ByteBuffer data) {
    if (finished) {
      return;
    }
    try {
      if (!data.hasRemaining() || data.get() != LxdSide.STDIN) {
        throw ApiException.badRequest("binary frames must start with channel byte 0 (stdin)");
      }
      byte[] payload = new byte[data.remaining()];
      data.get(payload);
      writeInput(payload);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /**
   * Writes input to the command, or closes its stdin when {@code payload} is null. Input that
   * arrives after the command ended is dropped: the exit message is on its way, and a broken LXD
   * connection shows in the output and the exit wait instead.
   */
  private void writeInput(byte[] payload) {
    try {
      if (payload == null) {
        started().input().close();
      } else {
        OutputStream input = started().input();
        for (int from = 0; from < payload.length; from += STDIN_CHUNK) {
          input.write(payload, from, Math.min(STDIN_CHUNK, payload.length - from));
        }
      }
    } catch (IOException e) {
      LOG.debug("input for {} dropped: {}", instance, e.getMessage());
    }
  }

  private LxdSide started() {
    LxdSide current = side;
    if (current == null) {
      throw ApiException.badRequest("send the start message first");
    }
    return current;
  }

  private void start(TerminalMessages.Start start) {
    if (startRequested) {
      throw ApiException.badRequest("the session has started already");
    }
    startRequested = true;

    TerminalSize size =
        new TerminalSize(
            start.width() == null ? TerminalSize.DEFAULT.width() : start.width(),
            start.height() == null ? TerminalSize.DEFAULT.height() : start.height());
    LxdSide opened = open(start, size);

    synchronized (state) {
      if (finished) {
        // The client left or the start timed out while LXD was starting the session.
        threads.execute(opened::close);
        return;
      }
      side = opened;
    }

    LOG.info(
        "{} in {}/{} for {} started (operation {})",
        console ? "console" : "exec " + start.command().get(0),
        side.project(),
        instance,
        username,
        side.operationId());

    Map<String, Object> started = new LinkedHashMap<>();
    started.put("type", "started");
    started.put("operation_id", side.operationId());
    started.put("project", side.project());
    client.trySendJson(started);

    threads.execute(() -> relayOutput(opened));
  }

  private LxdSide open(TerminalMessages.Start start, TerminalSize size) {
    if (console) {
      if (start.command() != null || start.interactive() != null) {
        throw ApiException.badRequest("the console takes only 'width' and 'height'");
      }
      return LxdSide.of(lxd.exec().attachConsole(instance, size), null);
    }
    ExecRequest request = request(start);
    if (start.interactive() == null || start.interactive()) {
      var process = lxd.exec().startInteractive(instance, request, size);
      return LxdSide.of(process, process);
    }
    return LxdSide.of(lxd.exec().start(instance, request));
  }

  private static ExecRequest request(TerminalMessages.Start start) {
    if (start.command() == null) {
      throw ApiException.badRequest("field 'command' is required, for example [\"sh\"]");
    }
    return new ExecRequest(
        start.command(),
        start.environment(),
        start.user() == null ? 0 : start.user(),
        start.group() == null ? 0 : start.group(),
        start.cwd());
  }

  private void resize(TerminalMessages.Resize resize) {
    if (resize.width() == null || resize.height() == null) {
      throw ApiException.badRequest("fields 'width' and 'height' are required");
    }
    started().resize(new TerminalSize(resize.width(), resize.height()));
  }

  private void signal(TerminalMessages.Signal signal) {
    if (signal.signal() == null) {
      throw ApiException.badRequest("field 'signal' is required, for example 15");
    }
    started().signal(signal.signal());
  }

  /** Pumps every output channel to the client, then sends the exit message and closes. */
  private void relayOutput(LxdSide running) {
    List<CompletableFuture<Void>> pumps = new ArrayList<>();
    for (int channel : running.channels()) {
      InputStream stream = running.outputs().get(channel);
      pumps.add(CompletableFuture.runAsync(() -> pump(channel, stream), threads.executor()));
    }
    try {
      CompletableFuture.allOf(pumps.toArray(CompletableFuture[]::new)).join();
    } catch (RuntimeException pumpFailed) {
      fail(502, "lxd-error", "output from LXD broke: " + pumpFailed.getCause());
      return;
    }
    Map<String, Object> exit = new LinkedHashMap<>();
    exit.put("type", "exit");
    try {
      OptionalInt code = running.awaitExit();
      code.ifPresent(value -> exit.put("exit_code", value));
    } catch (LxdOperationException failed) {
      Object code = failed.operation().metadata().get("return");
      if (code instanceof Number number) {
        exit.put("exit_code", number.intValue());
      }
      exit.put("error", failed.lxdMessage());
    } catch (LxdException e) {
      fail(e);
      return;
    }
    finish(exit);
  }

  /**
   * Copies one output stream to the client; a read failure is LXD's, a send failure the client's.
   */
  private void pump(int channel, InputStream stream) {
    byte[] buffer = new byte[32 * 1024];
    try (stream) {
      while (true) {
        int n;
        try {
          n = stream.read(buffer);
        } catch (IOException e) {
          if (finished) {
            return;
          }
          throw new java.io.UncheckedIOException(e);
        }
        if (n < 0) {
          return;
        }
        try {
          client.sendData(channel, buffer, n);
        } catch (IOException e) {
          clientGone(e.getMessage());
          return;
        }
      }
    } catch (IOException closeFailed) {
      // Closing a finished stream cannot lose data.
    }
  }

  private void clientGone(String reason) {
    client.close(WsClosing.code(408), reason);
    onClientClosed(reason);
  }

  private void finish(Map<String, Object> exit) {
    synchronized (state) {
      if (finished) {
        return;
      }
      finished = true;
    }
    LOG.info(
        "{} in {}/{} for {} ended: {}",
        console ? "console" : "exec",
        side.project(),
        instance,
        username,
        exit);
    client.trySendJson(exit);
    client.close(WsClosing.NORMAL, console ? "detached" : "exited");
    side.close();
  }

  private void fail(RuntimeException error) {
    Problem problem = problems.toProblem(error);
    fail(problem.status(), problem.type(), problem.detail());
  }

  private void fail(int status, String type, String detail) {
    synchronized (state) {
      if (finished) {
        return;
      }
      finished = true;
    }
    LOG.info(
        "{} in {} for {} failed: {} {}",
        console ? "console" : "exec",
        instance,
        username,
        status,
        detail);
    client.trySendJson(WebSocketGuard.errorMessage(Problem.of(status, type, detail)));
    client.close(WsClosing.code(status), detail);
    LxdSide current = side;
    if (current != null) {
      threads.execute(current::close);
    }
  }

  @Override
  public void shutdown() {
    LxdSide current;
    synchronized (state) {
      if (finished) {
        return;
      }
      finished = true;
      current = side;
    }
    client.close(WsClosing.GOING_AWAY, "gateway is shutting down");
    if (current != null) {
      current.close();
    }
  }

  @Override
  public void onClientClosed(String reason) {
    LxdSide current;
    synchronized (state) {
      if (finished) {
        return;
      }
      finished = true;
      current = side;
    }
    LOG.info(
        "{} in {} for {} ended by the client: {}",
        console ? "console" : "exec",
        instance,
        username,
        reason);
    if (current != null) {
      threads.execute(() -> end(current));
    }
  }

  /**
   * Ends the LXD side of a client that left. A command on a terminal first gets SIGHUP, as from a
   * closed terminal: a shell such as bash then hangs up its jobs, background ones included, which a
   * SIGKILL to the shell alone would leave running. Closing the side after {@link #HANG_UP_GRACE}
   * kills what is left (SIGKILL); it may wait a few seconds for LXD.
   */
  private void end(LxdSide current) {
    boolean hungUp;
    try {
      hungUp = current.hangUp();
    } catch (RuntimeException controlGone) {
      // The command may have ended, or LXD dropped the control channel; closing still follows.
      LOG.debug("hang-up of {} failed: {}", instance, controlGone.getMessage());
      hungUp = false;
    }
    if (hungUp) {
      threads.schedule(current::close, HANG_UP_GRACE);
    } else {
      current.close();
    }
  }
}
