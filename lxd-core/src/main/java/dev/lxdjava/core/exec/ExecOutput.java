package dev.lxdjava.core.exec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The collected result of {@link Exec#run}.
 *
 * @param exitCode the command's exit code; 128 + N when signal N ended it, so 137 after a timeout
 * @param stdout standard output, at most {@link RunOptions#maxOutputBytes()} bytes
 * @param stderr standard error, at most {@link RunOptions#maxOutputBytes()} bytes
 * @param timedOut whether the timeout expired and the command was killed
 * @param truncated whether an output stream was longer than the limit and was cut
 */
public record ExecOutput(
    int exitCode, byte[] stdout, byte[] stderr, boolean timedOut, boolean truncated) {

  public ExecOutput {
    stdout = stdout.clone();
    stderr = stderr.clone();
  }

  /** Standard output bytes (a copy). */
  @Override
  public byte[] stdout() {
    return stdout.clone();
  }

  /** Standard error bytes (a copy). */
  @Override
  public byte[] stderr() {
    return stderr.clone();
  }

  /** Standard output decoded as UTF-8; invalid bytes become U+FFFD. */
  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Standard error decoded as UTF-8; invalid bytes become U+FFFD. */
  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }

  /** Whether the command exited with 0 and ran to its end. */
  public boolean succeeded() {
    return exitCode == 0 && !timedOut;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExecOutput that
        && exitCode == that.exitCode
        && timedOut == that.timedOut
        && truncated == that.truncated
        && Arrays.equals(stdout, that.stdout)
        && Arrays.equals(stderr, that.stderr);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Integer.hashCode(exitCode) + Arrays.hashCode(stdout))
        + Arrays.hashCode(stderr);
  }

  @Override
  public String toString() {
    return "ExecOutput[exitCode="
        + exitCode
        + ", stdout="
        + stdout.length
        + " bytes, stderr="
        + stderr.length
        + " bytes, timedOut="
        + timedOut
        + ", truncated="
        + truncated
        + "]";
  }
}
