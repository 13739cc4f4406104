package dev.lxdjava.testkit.fake.internal.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a command's redirections. Output to a file is collected and written to the instance's
 * files when the command ends; {@code /dev/null} discards.
 */
final class Redirections {
  private record PendingFile(String path, ByteArrayOutputStream content, boolean append) {}

  private final Shell shell;
  private final List<PendingFile> pending = new ArrayList<>();

  Redirections(Shell shell) {
    this.shell = shell;
  }

  Io apply(List<Syntax.Redirect> redirects, Io io) throws IOException {
    Io result = io;
    for (Syntax.Redirect redirect : redirects) {
      String target = shell.expandSingle(redirect.target());
      switch (redirect.operator()) {
        case ">&" -> {
          OutputStream stream = target.equals("2") ? result.err() : result.out();
          result = redirect.fd() == 2 ? result.withErr(stream) : result.withOut(stream);
        }
        case "<" -> {
          String path = shell.resolve(target);
          byte[] content = target.equals("/dev/null") ? new byte[0] : read(path, target);
          result = result.withIn(new ByteArrayInputStream(content));
        }
        default -> {
          OutputStream stream = output(target, redirect.operator().equals(">>"));
          result = redirect.fd() == 2 ? result.withErr(stream) : result.withOut(stream);
        }
      }
    }
    return result;
  }

  private byte[] read(String path, String shown) throws IOException {
    try {
      return shell.files.read(path);
    } catch (IOException e) {
      throw new IOException("can't open '" + shown + "': " + e.getMessage());
    }
  }

  private OutputStream output(String target, boolean append) throws IOException {
    if (target.equals("/dev/null")) {
      return OutputStream.nullOutputStream();
    }
    String path = shell.resolve(target);
    if (shell.files.isDirectory(path)) {
      throw new IOException("can't create " + target + ": Is a directory");
    }
    shell.files.write(path, new byte[0], true);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    pending.add(new PendingFile(path, content, append));
    if (!append) {
      shell.files.write(path, new byte[0], false);
    }
    return content;
  }

  /** Writes collected output to its files. */
  void close(Io io) {
    for (PendingFile file : pending) {
      try {
        shell.files.write(file.path, file.content.toByteArray(), true);
      } catch (IOException e) {
        Shell.printError(io, "sh: can't create " + file.path + ": " + e.getMessage());
      }
    }
  }
}
