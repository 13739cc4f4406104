package dev.lxdjava.server.ws;

import dev.lxdjava.core.exec.ExecProcess;
import dev.lxdjava.core.exec.Signals;
import dev.lxdjava.core.exec.Terminal;
import dev.lxdjava.core.exec.TerminalProcess;
import dev.lxdjava.core.exec.TerminalSize;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The LXD session behind a terminal relay: a command with or without a terminal, or a console. */
interface LxdSide extends AutoCloseable {
  /** Channel byte of the client's input in binary frames. */
  int STDIN = 0;

  /** Channel byte of stdout, and of all terminal output. */
  int STDOUT = 1;

  /** Channel byte of stderr. */
  int STDERR = 2;

  String operationId();

  String project();

  OutputStream input();

  /** Output streams keyed by their channel byte. */
  Map<Integer, InputStream> outputs();

  void resize(TerminalSize size);

  void signal(int signal);

  /**
   * Sends SIGHUP to a command on a terminal, as a closed terminal does, and returns whether it did;
   * the console and commands without a terminal have no terminal to hang up.
   */
  boolean hangUp();

  /** The exit code; empty for the console, which has none. */
  OptionalInt awaitExit();

  @Override
  void close();

  static LxdSide of(ExecProcess process) {
    return new LxdSide() {
      @Override
      public String operationId() {
        return process.operationId();
      }

      @Override
      public String project() {
        return process.project();
      }

      @Override
      public OutputStream input() {
        return process.stdin();
      }

      @Override
      public Map<Integer, InputStream> outputs() {
        return Map.of(STDOUT, process.stdout(), STDERR, process.stderr());
      }

      @Override
      public void resize(TerminalSize size) {
        // A command without a terminal has no size; LXD ignores resizes for it too.
      }

      @Override
      public void signal(int signal) {
        process.signal(signal);
      }

      @Override
      public boolean hangUp() {
        return false;
      }

      @Override
      public OptionalInt awaitExit() {
        return OptionalInt.of(process.awaitExit());
      }

      @Override
      public void close() {
        process.close();
      }
    };
  }

  /** Wraps a terminal; {@code process} is the same terminal when it runs a command, else null. */
  static LxdSide of(Terminal terminal, TerminalProcess process) {
    return new LxdSide() {
      @Override
      public String operationId() {
        return terminal.operationId();
      }

      @Override
      public String project() {
        return terminal.project();
      }

      @Override
      public OutputStream input() {
        return terminal.input();
      }

      @Override
      public Map<Integer, InputStream> outputs() {
        return Map.of(STDOUT, terminal.output());
      }

      @Override
      public void resize(TerminalSize size) {
        terminal.resize(size);
      }

      @Override
      public void signal(int signal) {
        if (process != null) {
          process.signal(signal);
        }
      }

      @Override
      public boolean hangUp() {
        if (process == null) {
          return false;
        }
        process.signal(Signals.HUP);
        return true;
      }

      @Override
      public OptionalInt awaitExit() {
        return process == null ? OptionalInt.empty() : OptionalInt.of(process.awaitExit());
      }

      @Override
      public void close() {
        terminal.close();
      }
    };
  }

  /** Channels in a stable order, for starting one pump each. */
  default List<Integer> channels() {
    return outputs().keySet().stream().sorted().toList();
  }
}
