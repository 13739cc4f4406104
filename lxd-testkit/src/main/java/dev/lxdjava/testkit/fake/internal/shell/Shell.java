package dev.lxdjava.testkit.fake.internal.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The interpreter: one shell process's variables, directory and last status. */
final class Shell {
  /** {@code exit N} unwinds to the top of the process. */
  static final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Exit(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  final Map<String, String> variables;
  final ShellFiles files;
  final Host host;
  final Signals signals;
  final long pid;
  String cwd;
  int status;
  List<String> positional = List.of();
  private final Expander expander = new Expander(this);

  Shell(
      Map<String, String> variables,
      String cwd,
      ShellFiles files,
      Host host,
      Signals signals,
      long pid) {
    this.variables = new LinkedHashMap<>(variables);
    this.cwd = cwd;
    this.files = files;
    this.host = host;
    this.signals = signals;
    this.pid = pid;
  }

  /** A copy for a subshell or pipeline stage; changes there do not come back. */
  Shell fork() {
    Shell copy = new Shell(variables, cwd, files, host, signals, pid);
    copy.status = status;
    copy.positional = positional;
    return copy;
  }

  String variable(String name) {
    return switch (name) {
      case "?" -> Integer.toString(status);
      case "$" -> Long.toString(pid);
      case "#" -> Integer.toString(positional.size());
      case "PWD" -> cwd;
      default -> {
        if (name.matches("[0-9]+")) {
          int index = Integer.parseInt(name);
          yield index == 0 ? "sh" : index <= positional.size() ? positional.get(index - 1) : "";
        }
        yield variables.get(name);
      }
    };
  }

  /** Arithmetic text after {@code $(...)} substitution; names are resolved by {@link Arith}. */
  String expandInArithmetic(String text) {
    return text.contains("$(") ? expander.single(text) : text;
  }

  /** Resolves a path against the working directory. */
  String resolve(String path) {
    if (path.startsWith("/")) {
      return path;
    }
    return (cwd.endsWith("/") ? cwd : cwd + "/") + path;
  }

  /** Runs a script in a copy of this shell, for {@code $(...)}. */
  void subshell(String script, OutputStream out) {
    Shell copy = fork();
    try {
      copy.runScript(
          script,
          new Io(new ByteArrayInputStream(new byte[0]), out, OutputStream.nullOutputStream()));
    } catch (Exit exit) {
      copy.status = exit.status;
    }
    status = copy.status;
  }

  /** Parses and runs a script; a syntax error prints busybox's message and gives status 2. */
  int runScript(String script, Io io) {
    Syntax syntax;
    try {
      syntax = Parser.parse(script);
    } catch (ShellSyntaxException e) {
      printError(io, "sh: " + e.getMessage());
      status = 2;
      return status;
    }
    return run(syntax, io);
  }

  int run(Syntax node, Io io) {
    signals.check();
    if (node instanceof Syntax.Sequence sequence) {
      for (Syntax item : sequence.items()) {
        run(item, io);
      }
      return status;
    }
    if (node instanceof Syntax.AndOr andOr) {
      run(andOr.pipelines().get(0), io);
      for (int i = 0; i < andOr.operators().size(); i++) {
        boolean and = andOr.operators().get(i).equals("&&");
        if ((status == 0) == and) {
          run(andOr.pipelines().get(i + 1), io);
        }
      }
      return status;
    }
    if (node instanceof Syntax.Pipeline pipeline) {
      status = pipeline(pipeline, io);
      if (pipeline.negated()) {
        status = status == 0 ? 1 : 0;
      }
      return status;
    }
    if (node instanceof Syntax.Command command) {
      status = command(command, io);
      return status;
    }
    return Control.run(this, node, io);
  }

  private int pipeline(Syntax.Pipeline pipeline, Io io) {
    List<Syntax> commands = pipeline.commands();
    if (commands.size() == 1) {
      return run(commands.get(0), io);
    }
    List<Thread> stages = new ArrayList<>();
    java.io.InputStream input = io.in();
    for (int i = 0; i < commands.size() - 1; i++) {
      Pipe pipe = new Pipe(signals);
      Io stageIo = new Io(input, pipe.sink(), io.err());
      Syntax command = commands.get(i);
      Shell stage = fork();
      java.io.InputStream stageInput = input;
      Thread thread =
          new Thread(
              () -> {
                try {
                  stage.run(command, stageIo);
                } catch (Exit | Signals.Terminated | UncheckedIOException ended) {
                  // The stage ends; its output closes below.
                } finally {
                  closeQuietly(stageIo.out());
                  if (stageInput != io.in()) {
                    closeQuietly(stageInput);
                  }
                }
              },
              "fake-lxd-pipe");
      thread.setDaemon(true);
      thread.start();
      stages.add(thread);
      input = pipe.source();
    }
    int last;
    try {
      last = run(commands.get(commands.size() - 1), io.withIn(input));
    } finally {
      closeQuietly(input);
    }
    for (Thread stage : stages) {
      try {
        stage.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Signals.Terminated(Signals.SIGKILL);
      }
    }
    return last;
  }

  private int command(Syntax.Command command, Io io) {
    List<String> argv = new ArrayList<>();
    for (String word : command.words()) {
      argv.addAll(expander.fields(word));
    }
    for (String assignment : command.assignments()) {
      int eq = assignment.indexOf('=');
      variables.put(assignment.substring(0, eq), expander.single(assignment.substring(eq + 1)));
    }
    Redirections redirections = new Redirections(this);
    Io redirected;
    try {
      redirected = redirections.apply(command.redirects(), io);
    } catch (IOException e) {
      printError(io, "sh: " + e.getMessage());
      return 1;
    }
    try {
      if (argv.isEmpty()) {
        return 0;
      }
      return Builtins.run(this, argv, redirected);
    } finally {
      redirections.close(io);
    }
  }

  /** Expands words into fields, for {@code for} loops. */
  List<String> expandAll(List<String> words) {
    List<String> fields = new ArrayList<>();
    for (String word : words) {
      fields.addAll(expander.fields(word));
    }
    return fields;
  }

  String expandSingle(String word) {
    return expander.single(word);
  }

  static void print(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void printError(Io io, String message) {
    try {
      io.err().write((message + "\n").getBytes(StandardCharsets.UTF_8));
      io.err().flush();
    } catch (IOException ignored) {
      // A closed error stream loses the message, as it would in a real shell.
    }
  }

  static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // Closing a pipe end cannot fail in a way the shell could report.
    }
  }
}
