package dev.lxdjava.testkit.fake.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs one command line as a process of the fake instance and returns its exit status. */
public final class ShellProcess {
  private ShellProcess() {}

  /**
   * Whether a command can run: a known command name, or a path to a file in the instance whose name
   * is a known command (as busybox's applet links are).
   */
  public static boolean exists(String command, ShellFiles files) {
    if (!command.contains("/")) {
      return Builtins.knows(command);
    }
    return files.exists(command) && !files.isDirectory(command) && Builtins.knows(command);
  }

  /**
   * Runs {@code argv} to completion.
   *
   * @param env environment variables
   * @param cwd working directory
   * @param pid this process's id, for {@code $$} and {@code kill}
   * @return the exit status; 128 plus the signal number when a signal ended it
   */
  public static int run(
      List<String> argv,
      Map<String, String> env,
      String cwd,
      Io io,
      ShellFiles files,
      Host host,
      Signals signals,
      long pid) {
    Shell shell = new Shell(env, cwd, files, host, signals, pid);
    try {
      return Builtins.run(shell, argv, io);
    } catch (Shell.Exit exit) {
      return exit.status;
    } catch (Signals.Terminated terminated) {
      return terminated.exitStatus();
    }
  }

  /** The {@code sh} command: {@code -c SCRIPT}, a script file, or commands from standard input. */
  static int nested(Shell parent, List<String> argv, Io io) throws IOException {
    Shell shell = parent.fork();
    try {
      if (argv.size() > 2 && argv.get(1).equals("-c")) {
        shell.positional = argv.size() > 4 ? argv.subList(4, argv.size()) : List.of();
        return shell.runScript(argv.get(2), io);
      }
      if (argv.size() > 1 && !argv.get(1).startsWith("-")) {
        byte[] script;
        try {
          script = shell.files.read(shell.resolve(argv.get(1)));
        } catch (IOException e) {
          Shell.printError(io, "sh: can't open '" + argv.get(1) + "': " + e.getMessage());
          return 2;
        }
        shell.positional = argv.subList(2, argv.size());
        return shell.runScript(new String(script, StandardCharsets.UTF_8), io);
      }
      if (shell.host.isTerminal()) {
        return interactive(shell, io);
      }
      return fromInput(shell, io);
    } catch (Shell.Exit exit) {
      return exit.status;
    }
  }

  private static int fromInput(Shell shell, Io io) throws IOException {
    StringBuilder pending = new StringBuilder();
    String line;
    while ((line = readLine(io)) != null) {
      pending.append(line).append('\n');
      if (complete(pending.toString())) {
        shell.runScript(pending.toString(), io);
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      shell.runScript(pending.toString(), io);
    }
    return shell.status;
  }

  private static int interactive(Shell shell, Io io) throws IOException {
    shell.signals.interactive(true);
    Shell.print(
        io.out(),
        "\n\nBusyBox (fake LXD) built-in shell (ash)\n"
            + "Enter 'help' for a list of built-in commands.\n\n");
    StringBuilder pending = new StringBuilder();
    while (true) {
      Shell.print(io.out(), pending.length() == 0 ? prompt(shell) : "> ");
      String line;
      try {
        line = readLine(io);
      } catch (Signals.Terminated interrupted) {
        if (interrupted.signal() != Signals.SIGINT) {
          throw interrupted;
        }
        shell.signals.clear();
        pending.setLength(0);
        Shell.print(io.out(), "\n");
        continue;
      }
      if (line == null) {
        return shell.status;
      }
      pending.append(line).append('\n');
      if (!complete(pending.toString())) {
        continue;
      }
      try {
        shell.runScript(pending.toString(), io);
      } catch (Signals.Terminated interrupted) {
        if (interrupted.signal() != Signals.SIGINT) {
          throw interrupted;
        }
        shell.signals.clear();
        shell.status = 130;
        Shell.print(io.out(), "\n");
      }
      pending.setLength(0);
    }
  }

  private static String prompt(Shell shell) {
    String home = shell.variables.getOrDefault("HOME", "/root");
    String place = shell.cwd.equals(home) ? "~" : shell.cwd;
    return place + " # ";
  }

  /** Whether the text parses, or fails for a reason other than needing more lines. */
  private static boolean complete(String text) {
    try {
      Parser.parse(text);
      return true;
    } catch (ShellSyntaxException e) {
      return !e.getMessage().contains("end of file") && !e.getMessage().contains("unterminated");
    }
  }

  /** Reads one line without its newline, or {@code null} at the end of input. */
  private static String readLine(Io io) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = io.in().read()) >= 0) {
      if (b == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      line.write(b);
    }
    return line.size() > 0 ? line.toString(StandardCharsets.UTF_8) : null;
  }
}
