package dev.lxdjava.core.exec;

/** Linux signal numbers for {@link ExecProcess#signal(int)} and {@link TerminalProcess#signal}. */
public final class Signals {
  /** Hang-up: the terminal went away. */
  public static final int HUP = 1;

  /** Interrupt, as Ctrl-C sends it. */
  public static final int INT = 2;

  /** Kill; cannot be caught. */
  public static final int KILL = 9;

  /** Polite termination request. */
  public static final int TERM = 15;

  private Signals() {}

  /** The exit code of a process that a signal ended: 128 plus the signal number. */
  public static int exitCodeOf(int signal) {
    return 128 + signal;
  }
}
