package dev.lxdjava.testkit.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Reads a terminal's output on a background thread and lets a test wait for text in it. */
final class ScreenCapture {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Thread reader;
  private boolean ended;

  ScreenCapture(InputStream output) {
    reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (output) {
                int n;
                while ((n = output.read(buffer)) >= 0) {
                  append(buffer, n);
                }
              } catch (IOException ignored) {
                // The session was closed; the text so far stays readable.
              }
              markEnded();
            },
            "screen-capture");
    reader.setDaemon(true);
    reader.start();
  }

  private synchronized void append(byte[] data, int length) {
    screen.write(data, 0, length);
    notifyAll();
  }

  private synchronized void markEnded() {
    ended = true;
    notifyAll();
  }

  /** Everything read so far. */
  synchronized String text() {
    return screen.toString(StandardCharsets.UTF_8);
  }

  /** Waits until the output contains {@code expected}; fails with the output so far otherwise. */
  synchronized String awaitText(String expected, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!text().contains(expected)) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || ended) {
        throw new AssertionError(
            "terminal output does not contain '" + expected + "' but is: " + text());
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
    return text();
  }

  /** Waits until the output ended. */
  synchronized boolean awaitEnd(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ended) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return false;
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
    return true;
  }
}
