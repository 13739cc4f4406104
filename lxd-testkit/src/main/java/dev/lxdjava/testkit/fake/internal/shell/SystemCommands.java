package dev.lxdjava.testkit.fake.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Commands about processes, the terminal and the environment. */
final class SystemCommands {
  private static final Map<String, Integer> SIGNAL_NUMBERS =
      Map.of("HUP", 1, "INT", 2, "QUIT", 3, "KILL", 9, "USR1", 10, "USR2", 12, "TERM", 15);

  private SystemCommands() {}

  static void register(Map<String, Builtins.Command> commands) {
    commands.put("true", (shell, argv, io) -> 0);
    commands.put(":", (shell, argv, io) -> 0);
    commands.put("false", (shell, argv, io) -> 1);
    commands.put("exit", SystemCommands::exit);
    commands.put("sleep", SystemCommands::sleep);
    commands.put("stty", SystemCommands::stty);
    commands.put("kill", SystemCommands::kill);
    commands.put("ps", SystemCommands::ps);
    commands.put("id", (shell, argv, io) -> print(io, "uid=0(root) gid=0(root) groups=0(root)\n"));
    commands.put("whoami", (shell, argv, io) -> print(io, "root\n"));
    commands.put("hostname", (shell, argv, io) -> print(io, shell.host.hostname() + "\n"));
    commands.put("uname", SystemCommands::uname);
    commands.put("env", SystemCommands::env);
    commands.put("printenv", SystemCommands::env);
    commands.put("date", SystemCommands::date);
    commands.put("read", SystemCommands::read);
    commands.put("export", SystemCommands::export);
    commands.put(
        "unset",
        (shell, argv, io) -> {
          argv.subList(1, argv.size()).forEach(shell.variables::remove);
          return 0;
        });
    commands.put("busybox", SystemCommands::busybox);
  }

  private static int print(Io io, String text) throws IOException {
    io.out().write(text.getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  private static int exit(Shell shell, List<String> argv, Io io) {
    int status = shell.status;
    if (argv.size() > 1) {
      try {
        status = Integer.parseInt(argv.get(1)) & 0xff;
      } catch (NumberFormatException e) {
        Shell.printError(io, "sh: exit: Illegal number: " + argv.get(1));
        status = 2;
      }
    }
    throw new Shell.Exit(status);
  }

  private static int sleep(Shell shell, List<String> argv, Io io) {
    if (argv.size() < 2) {
      Shell.printError(io, "sleep: missing operand");
      return 1;
    }
    String value = argv.get(1);
    double seconds;
    if (value.equals("infinity")) {
      seconds = Integer.MAX_VALUE;
    } else {
      try {
        seconds = Double.parseDouble(value.replaceAll("[smhd]$", ""));
      } catch (NumberFormatException e) {
        Shell.printError(io, "sleep: invalid number '" + value + "'");
        return 1;
      }
    }
    shell.signals.sleep((long) (seconds * 1000));
    return 0;
  }

  private static int stty(Shell shell, List<String> argv, Io io) throws IOException {
    if (!shell.host.isTerminal()) {
      Shell.printError(io, "stty: standard input: Not a tty");
      return 1;
    }
    if (argv.size() > 1 && argv.get(1).equals("size")) {
      return print(io, shell.host.rows() + " " + shell.host.columns() + "\n");
    }
    if (argv.contains("-echo")) {
      shell.host.echo(false);
    } else if (argv.contains("echo")) {
      shell.host.echo(true);
    } else if (argv.size() == 1) {
      return print(
          io,
          "speed 38400 baud; rows "
              + shell.host.rows()
              + "; columns "
              + shell.host.columns()
              + "; line = 0;\n");
    }
    return 0;
  }

  private static int kill(Shell shell, List<String> argv, Io io) {
    int signal = Signals.SIGTERM;
    int i = 1;
    if (i < argv.size() && argv.get(i).equals("-s") && i + 1 < argv.size()) {
      signal = signalNumber(argv.get(i + 1));
      i += 2;
    } else if (i < argv.size() && argv.get(i).startsWith("-")) {
      signal = signalNumber(argv.get(i).substring(1));
      i++;
    }
    if (signal < 0) {
      Shell.printError(io, "kill: bad signal name");
      return 1;
    }
    int status = 0;
    for (String target : argv.subList(i, argv.size())) {
      long pid;
      try {
        pid = Long.parseLong(target);
      } catch (NumberFormatException e) {
        Shell.printError(io, "kill: can't kill pid " + target + ": No such process");
        status = 1;
        continue;
      }
      if (pid == shell.pid) {
        shell.signals.raise(signal);
        shell.signals.check();
      } else if (!shell.host.kill(pid, signal)) {
        Shell.printError(io, "kill: can't kill pid " + pid + ": No such process");
        status = 1;
      }
    }
    return status;
  }

  private static int signalNumber(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replaceFirst("^SIG", "");
    if (upper.matches("[0-9]+")) {
      return Integer.parseInt(upper);
    }
    return SIGNAL_NUMBERS.getOrDefault(upper, -1);
  }

  private static int ps(Shell shell, List<String> argv, Io io) throws IOException {
    StringBuilder out = new StringBuilder("PID   USER     TIME  COMMAND\n");
    for (String line : shell.host.processes()) {
      out.append(line).append('\n');
    }
    return print(io, out.toString());
  }

  private static int uname(Shell shell, List<String> argv, Io io) throws IOException {
    String kernel = System.getProperty("os.version", "");
    if (argv.contains("-a")) {
      return print(
          io, "Linux " + shell.host.hostname() + " " + kernel + " #1 SMP x86_64 GNU/Linux\n");
    }
    if (argv.contains("-r")) {
      return print(io, kernel + "\n");
    }
    if (argv.contains("-m")) {
      return print(io, "x86_64\n");
    }
    return print(io, "Linux\n");
  }

  private static int env(Shell shell, List<String> argv, Io io) throws IOException {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(shell.variables)
        .forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
    return print(io, out.toString());
  }

  private static int date(Shell shell, List<String> argv, Io io) throws IOException {
    String text =
        DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.ENGLISH)
            .format(ZonedDateTime.now(ZoneOffset.UTC));
    return print(io, text + "\n");
  }

  private static int read(Shell shell, List<String> argv, Io io) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    boolean any = false;
    while ((b = io.in().read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    List<String> names =
        argv.subList(1, argv.size()).stream().filter(a -> !a.startsWith("-")).toList();
    String text = line.toString(StandardCharsets.UTF_8);
    if (names.isEmpty()) {
      shell.variables.put("REPLY", text);
    } else {
      String[] parts = text.strip().split("\\s+", names.size());
      for (int i = 0; i < names.size(); i++) {
        shell.variables.put(names.get(i), i < parts.length ? parts[i] : "");
      }
    }
    return any ? 0 : 1;
  }

  private static int export(Shell shell, List<String> argv, Io io) {
    for (String assignment : argv.subList(1, argv.size())) {
      int eq = assignment.indexOf('=');
      if (eq > 0) {
        shell.variables.put(assignment.substring(0, eq), assignment.substring(eq + 1));
      }
    }
    return 0;
  }

  private static int busybox(Shell shell, List<String> argv, Io io) throws IOException {
    if (argv.size() > 1 && argv.get(1).startsWith("--list")) {
      StringBuilder out = new StringBuilder();
      Builtins.names().stream().sorted().forEach(name -> out.append(name).append('\n'));
      return print(io, out.toString());
    }
    if (argv.size() > 1) {
      return Builtins.run(shell, argv.subList(1, argv.size()), io);
    }
    return print(io, "BusyBox (fake LXD) multi-call binary.\n");
  }
}
