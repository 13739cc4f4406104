package dev.lxdjava.testkit.fake.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Commands that produce or transform text: echo, printf, cat, head, wc, yes, seq and digests. */
final class TextCommands {
  private TextCommands() {}

  static void register(Map<String, Builtins.Command> commands) {
    commands.put("echo", TextCommands::echo);
    commands.put("printf", TextCommands::printf);
    commands.put("cat", TextCommands::cat);
    commands.put("head", TextCommands::head);
    commands.put("wc", TextCommands::wc);
    commands.put("yes", TextCommands::yes);
    commands.put("seq", TextCommands::seq);
    commands.put("md5sum", (shell, argv, io) -> digest(shell, argv, io, "MD5"));
    commands.put("sha256sum", (shell, argv, io) -> digest(shell, argv, io, "SHA-256"));
  }

  private static int echo(Shell shell, List<String> argv, Io io) throws IOException {
    boolean newline = true;
    boolean escapes = false;
    int i = 1;
    while (i < argv.size() && argv.get(i).matches("-[neE]+")) {
      newline &= !argv.get(i).contains("n");
      escapes = argv.get(i).contains("e") || (escapes && !argv.get(i).contains("E"));
      i++;
    }
    String text = String.join(" ", argv.subList(i, argv.size()));
    io.out()
        .write(
            ((escapes ? Escapes.apply(text) : text) + (newline ? "\n" : ""))
                .getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  private static int printf(Shell shell, List<String> argv, Io io) throws IOException {
    if (argv.size() < 2) {
      Shell.printError(io, "printf: usage: printf FORMAT [ARGUMENT...]");
      return 1;
    }
    io.out()
        .write(
            Escapes.printf(argv.get(1), argv.subList(2, argv.size()))
                .getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  /** The inputs a command reads: the named files, or standard input when none (or {@code -}). */
  static int forEachInput(
      Shell shell, String name, List<String> files, Io io, InputConsumer consumer)
      throws IOException {
    if (files.isEmpty()) {
      consumer.accept("-", io.in());
      return 0;
    }
    int status = 0;
    for (String file : files) {
      if (file.equals("-")) {
        consumer.accept("-", io.in());
        continue;
      }
      try {
        byte[] content = shell.files.read(shell.resolve(file));
        consumer.accept(file, new java.io.ByteArrayInputStream(content));
      } catch (IOException e) {
        Shell.printError(io, name + ": can't open '" + file + "': " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }

  /** Receives one input of a command. */
  @FunctionalInterface
  interface InputConsumer {
    void accept(String name, InputStream in) throws IOException;
  }

  private static int cat(Shell shell, List<String> argv, Io io) throws IOException {
    return forEachInput(shell, "cat", argv.subList(1, argv.size()), io, (name, in) -> copy(in, io));
  }

  static void copy(InputStream in, Io io) throws IOException {
    byte[] buffer = new byte[8192];
    int count;
    while ((count = in.read(buffer)) >= 0) {
      io.out().write(buffer, 0, count);
      io.out().flush();
    }
  }

  private static int head(Shell shell, List<String> argv, Io io) throws IOException {
    long bytes = -1;
    long lines = 10;
    int i = 1;
    while (i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1) {
      String option = argv.get(i);
      if (option.equals("-c") || option.equals("-n")) {
        long value = Long.parseLong(argv.get(++i));
        if (option.equals("-c")) {
          bytes = value;
        } else {
          lines = value;
        }
      } else {
        lines = Long.parseLong(option.substring(1));
      }
      i++;
    }
    long byteLimit = bytes;
    long lineLimit = lines;
    return forEachInput(
        shell,
        "head",
        argv.subList(i, argv.size()),
        io,
        (name, in) -> {
          long remaining = byteLimit >= 0 ? byteLimit : Long.MAX_VALUE;
          long linesLeft = byteLimit >= 0 ? Long.MAX_VALUE : lineLimit;
          int b;
          while (remaining > 0 && linesLeft > 0 && (b = in.read()) >= 0) {
            io.out().write(b);
            remaining--;
            if (b == '\n') {
              linesLeft--;
            }
          }
          io.out().flush();
          in.close();
        });
  }

  private static int wc(Shell shell, List<String> argv, Io io) throws IOException {
    List<String> options =
        argv.subList(1, argv.size()).stream().filter(a -> a.startsWith("-")).toList();
    List<String> files =
        argv.subList(1, argv.size()).stream().filter(a -> !a.startsWith("-")).toList();
    return forEachInput(
        shell,
        "wc",
        files,
        io,
        (name, in) -> {
          byte[] content = in.readAllBytes();
          String text = new String(content, StandardCharsets.UTF_8);
          long lines = text.chars().filter(c -> c == '\n').count();
          long words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
          String suffix = name.equals("-") ? "" : " " + name;
          String line;
          if (options.contains("-c")) {
            line = content.length + suffix;
          } else if (options.contains("-l")) {
            line = lines + suffix;
          } else if (options.contains("-w")) {
            line = words + suffix;
          } else {
            line = String.format("%7d %7d %7d%s", lines, words, content.length, suffix);
          }
          io.out().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        });
  }

  private static int yes(Shell shell, List<String> argv, Io io) throws IOException {
    String text = argv.size() > 1 ? String.join(" ", argv.subList(1, argv.size())) : "y";
    byte[] line =
        (text + "\n")
            .repeat(Math.max(1, 4096 / (text.length() + 1)))
            .getBytes(StandardCharsets.UTF_8);
    while (true) {
      shell.signals.check();
      io.out().write(line);
    }
  }

  private static int seq(Shell shell, List<String> argv, Io io) throws IOException {
    long first = argv.size() > 2 ? Long.parseLong(argv.get(1)) : 1;
    long last = Long.parseLong(argv.get(argv.size() - 1));
    long step = argv.size() > 3 ? Long.parseLong(argv.get(2)) : 1;
    StringBuilder out = new StringBuilder();
    for (long value = first; step > 0 ? value <= last : value >= last; value += step) {
      out.append(value).append('\n');
    }
    io.out().write(out.toString().getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  private static int digest(Shell shell, List<String> argv, Io io, String algorithm)
      throws IOException {
    return forEachInput(
        shell,
        algorithm.equals("MD5") ? "md5sum" : "sha256sum",
        argv.subList(1, argv.size()),
        io,
        (name, in) -> {
          MessageDigest digest;
          try {
            digest = MessageDigest.getInstance(algorithm);
          } catch (NoSuchAlgorithmException e) {
            throw new IOException(algorithm + " is not available", e);
          }
          byte[] buffer = new byte[65536];
          int count;
          while ((count = in.read(buffer)) >= 0) {
            digest.update(buffer, 0, count);
          }
          String line = HexFormat.of().formatHex(digest.digest()) + "  " + name + "\n";
          io.out().write(line.getBytes(StandardCharsets.UTF_8));
        });
  }

  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
