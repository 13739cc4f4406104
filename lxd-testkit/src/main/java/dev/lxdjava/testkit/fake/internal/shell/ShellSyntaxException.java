package dev.lxdjava.testkit.fake.internal.shell;

/** Shell text that cannot be parsed; the shell reports it like busybox ash and exits with 2. */
final class ShellSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ShellSyntaxException(String message) {
    super(message, null, false, false);
  }
}
