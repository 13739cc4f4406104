package dev.lxdjava.testkit.fake.internal.shell;

import java.io.IOException;

/** The compound commands: {@code if}, {@code while}, {@code until}, {@code for} and groups. */
final class Control {
  private Control() {}

  static int run(Shell shell, Syntax node, Io io) {
    if (node instanceof Syntax.If conditional) {
      for (int i = 0; i < conditional.conditions().size(); i++) {
        shell.run(conditional.conditions().get(i), io);
        if (shell.status == 0) {
          return shell.run(conditional.bodies().get(i), io);
        }
      }
      if (conditional.otherwise() != null) {
        return shell.run(conditional.otherwise(), io);
      }
      shell.status = 0;
      return 0;
    }
    if (node instanceof Syntax.While loop) {
      int last = 0;
      while (true) {
        shell.run(loop.condition(), io);
        boolean proceed = (shell.status == 0) != loop.until();
        if (!proceed) {
          break;
        }
        last = shell.run(loop.body(), io);
      }
      shell.status = last;
      return last;
    }
    if (node instanceof Syntax.For loop) {
      int last = 0;
      var values = loop.words() == null ? shell.positional : shell.expandAll(loop.words());
      for (String value : values) {
        shell.variables.put(loop.variable(), value);
        last = shell.run(loop.body(), io);
      }
      shell.status = last;
      return last;
    }
    Syntax.Group group = (Syntax.Group) node;
    Redirections redirections = new Redirections(shell);
    Io redirected;
    try {
      redirected = redirections.apply(group.redirects(), io);
    } catch (IOException e) {
      Shell.printError(io, "sh: " + e.getMessage());
      shell.status = 1;
      return 1;
    }
    try {
      if (!group.subshell()) {
        return shell.run(group.body(), redirected);
      }
      Shell copy = shell.fork();
      try {
        copy.run(group.body(), redirected);
      } catch (Shell.Exit exit) {
        copy.status = exit.status;
      }
      shell.status = copy.status;
      return shell.status;
    } finally {
      redirections.close(io);
    }
  }
}
