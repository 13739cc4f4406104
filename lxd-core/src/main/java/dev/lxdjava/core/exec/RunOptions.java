package dev.lxdjava.core.exec;

import dev.lxdjava.core.LxdValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Options of {@link Exec#run}: what to send on stdin, how long the command may run, and how much of
 * each output stream to keep.
 *
 * @param stdin bytes sent to the command's stdin before end-of-input; empty sends only end-of-input
 * @param timeout how long the command may run before it is killed; {@code null} for no limit
 * @param maxOutputBytes bytes kept per output stream; further output is read and discarded
 */
public record RunOptions(byte[] stdin, Duration timeout, int maxOutputBytes) {
  /** Default of {@link #maxOutputBytes()}: 64 MiB per stream. */
  public static final int DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

  public RunOptions {
    stdin = stdin == null ? new byte[0] : stdin.clone();
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new LxdValidationException("exec timeout", timeout.toString(), "must be positive");
    }
    if (maxOutputBytes < 0) {
      throw new LxdValidationException(
          "maximum output bytes", Integer.toString(maxOutputBytes), "must not be negative");
    }
  }

  /** No stdin, no timeout, {@value #DEFAULT_MAX_OUTPUT_BYTES} bytes per stream. */
  public static RunOptions defaults() {
    return new RunOptions(new byte[0], null, DEFAULT_MAX_OUTPUT_BYTES);
  }

  /** The stdin bytes (a copy). */
  @Override
  public byte[] stdin() {
    return stdin.clone();
  }

  /** The same options with these stdin bytes. */
  public RunOptions withStdin(byte[] value) {
    return new RunOptions(value, timeout, maxOutputBytes);
  }

  /** The same options with this text as UTF-8 stdin. */
  public RunOptions withStdin(String text) {
    return withStdin(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The same options with a timeout after which the command is killed. */
  public RunOptions withTimeout(Duration value) {
    return new RunOptions(stdin, value, maxOutputBytes);
  }

  /** The same options with another per-stream output limit. */
  public RunOptions withMaxOutputBytes(int value) {
    return new RunOptions(stdin, timeout, value);
  }
}
