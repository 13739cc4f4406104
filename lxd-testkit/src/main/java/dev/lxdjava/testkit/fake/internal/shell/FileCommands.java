package dev.lxdjava.testkit.fake.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Commands on the instance's files: ls, mkdir, rm, touch, pwd, cd and test. */
final class FileCommands {
  private FileCommands() {}

  static void register(Map<String, Builtins.Command> commands) {
    commands.put("ls", FileCommands::ls);
    commands.put("mkdir", FileCommands::mkdir);
    commands.put("rm", FileCommands::rm);
    commands.put("touch", FileCommands::touch);
    commands.put("pwd", (shell, argv, io) -> print(io, shell.cwd + "\n"));
    commands.put("cd", FileCommands::cd);
    commands.put("test", FileCommands::test);
    commands.put("[", FileCommands::bracket);
  }

  private static int print(Io io, String text) throws IOException {
    io.out().write(text.getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  private static List<String> operands(List<String> argv) {
    return argv.subList(1, argv.size()).stream().filter(a -> !a.startsWith("-")).toList();
  }

  private static int ls(Shell shell, List<String> argv, Io io) throws IOException {
    boolean all = argv.stream().anyMatch(a -> a.startsWith("-") && a.contains("a"));
    List<String> paths = operands(argv);
    if (paths.isEmpty()) {
      paths = List.of(".");
    }
    int status = 0;
    for (String path : paths) {
      String resolved = shell.resolve(path);
      if (!shell.files.exists(resolved)) {
        Shell.printError(io, "ls: " + path + ": No such file or directory");
        status = 1;
        continue;
      }
      if (!shell.files.isDirectory(resolved)) {
        print(io, path + "\n");
        continue;
      }
      List<String> names = new ArrayList<>(shell.files.list(resolved));
      names.removeIf(name -> !all && name.startsWith("."));
      names.sort(null);
      for (String name : names) {
        print(io, name + "\n");
      }
    }
    return status;
  }

  private static int mkdir(Shell shell, List<String> argv, Io io) throws IOException {
    boolean parents = argv.contains("-p");
    int status = 0;
    for (String path : operands(argv)) {
      try {
        shell.files.mkdir(shell.resolve(path), parents);
      } catch (IOException e) {
        Shell.printError(io, "mkdir: can't create directory '" + path + "': " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }

  private static int rm(Shell shell, List<String> argv, Io io) {
    boolean recursive =
        argv.stream().anyMatch(a -> a.startsWith("-") && a.toLowerCase().contains("r"));
    boolean force = argv.stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
    int status = 0;
    for (String path : operands(argv)) {
      try {
        shell.files.remove(shell.resolve(path), recursive);
      } catch (IOException e) {
        if (!force) {
          Shell.printError(io, "rm: can't remove '" + path + "': " + e.getMessage());
          status = 1;
        }
      }
    }
    return status;
  }

  private static int touch(Shell shell, List<String> argv, Io io) throws IOException {
    for (String path : operands(argv)) {
      shell.files.write(shell.resolve(path), new byte[0], true);
    }
    return 0;
  }

  private static int cd(Shell shell, List<String> argv, Io io) {
    String target = argv.size() > 1 ? argv.get(1) : shell.variables.getOrDefault("HOME", "/");
    String resolved = normalize(shell.resolve(target));
    if (!shell.files.isDirectory(resolved)) {
      Shell.printError(io, "sh: cd: can't cd to " + target + ": No such file or directory");
      return 2;
    }
    shell.cwd = resolved;
    return 0;
  }

  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  private static int bracket(Shell shell, List<String> argv, Io io) {
    if (!argv.get(argv.size() - 1).equals("]")) {
      Shell.printError(io, "sh: missing ]");
      return 2;
    }
    return test(shell, argv.subList(0, argv.size() - 1), io);
  }

  private static int test(Shell shell, List<String> argv, Io io) {
    try {
      return new TestExpression(shell, argv.subList(1, argv.size())).evaluate() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      Shell.printError(io, "sh: " + e.getMessage());
      return 2;
    }
  }
}
