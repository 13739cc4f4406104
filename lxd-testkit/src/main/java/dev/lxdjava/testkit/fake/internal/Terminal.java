package dev.lxdjava.testkit.fake.internal;

import dev.lxdjava.testkit.fake.internal.shell.Signals;
import dev.lxdjava.testkit.fake.internal.shell.Stdin;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A pseudo terminal in cooked mode for interactive sessions: echoes input, hands complete lines to
 * the process, turns Ctrl-C into an interrupt and Ctrl-D on an empty line into the end of input,
 * and writes {@code \r\n} for every newline the process prints.
 */
final class Terminal {
  private final Stdin stdin;
  private final Signals signals;
  private final Consumer<byte[]> screen;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private volatile boolean echo = true;

  Terminal(Stdin stdin, Signals signals, Consumer<byte[]> screen) {
    this.stdin = stdin;
    this.signals = signals;
    this.screen = screen;
  }

  void echo(boolean on) {
    echo = on;
  }

  /** Handles bytes typed by the client. */
  synchronized void input(byte[] data) {
    for (byte b : data) {
      switch (b) {
        case '\r', '\n' -> {
          show("\r\n");
          line.write('\n');
          stdin.feed(line.toByteArray());
          line.reset();
        }
        case 0x7f, 0x08 -> {
          byte[] current = line.toByteArray();
          if (current.length > 0) {
            line.reset();
            line.write(current, 0, current.length - 1);
            show("\b \b");
          }
        }
        case 0x03 -> {
          show("^C");
          line.reset();
          signals.interruptForeground();
        }
        case 0x04 -> {
          if (line.size() == 0) {
            stdin.close();
          } else {
            stdin.feed(line.toByteArray());
            line.reset();
          }
        }
        default -> {
          line.write(b);
          if (echo) {
            screen.accept(new byte[] {b});
          }
        }
      }
    }
  }

  private void show(String text) {
    if (echo) {
      screen.accept(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The process's output side: newlines become {@code \r\n}. */
  OutputStream output() {
    return new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] data, int offset, int length) {
        ByteArrayOutputStream translated = new ByteArrayOutputStream(length + 16);
        for (int i = offset; i < offset + length; i++) {
          if (data[i] == '\n') {
            translated.write('\r');
          }
          translated.write(data[i]);
        }
        if (translated.size() > 0) {
          screen.accept(translated.toByteArray());
        }
      }
    };
  }
}
