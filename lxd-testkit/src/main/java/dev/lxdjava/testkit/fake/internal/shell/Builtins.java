package dev.lxdjava.testkit.fake.internal.shell;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commands the shell runs, by name; a path such as {@code /bin/echo} names its last part. */
final class Builtins {
  /** One command. */
  @FunctionalInterface
  interface Command {
    int run(Shell shell, List<String> argv, Io io) throws IOException;
  }

  private static final Map<String, Command> COMMANDS = new HashMap<>();

  static {
    TextCommands.register(COMMANDS);
    FileCommands.register(COMMANDS);
    SystemCommands.register(COMMANDS);
    COMMANDS.put("sh", ShellProcess::nested);
    COMMANDS.put("ash", ShellProcess::nested);
  }

  private Builtins() {}

  /** Whether a command name (or path) is known. */
  static boolean knows(String name) {
    return COMMANDS.containsKey(baseName(name));
  }

  /** The names of all commands, for {@code busybox --list}. */
  static Set<String> names() {
    return COMMANDS.keySet();
  }

  static String baseName(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /** Runs a command; an unknown one prints busybox's message and gives 127. */
  static int run(Shell shell, List<String> argv, Io io) {
    String name = baseName(argv.get(0));
    Command command = COMMANDS.get(name);
    if (command == null) {
      Shell.printError(io, "sh: " + argv.get(0) + ": not found");
      return 127;
    }
    try {
      int status = command.run(shell, argv, io);
      io.out().flush();
      return status;
    } catch (IOException e) {
      if ("Broken pipe".equals(e.getMessage())) {
        return 128 + 13;
      }
      Shell.printError(io, name + ": " + e.getMessage());
      return 1;
    }
  }
}
