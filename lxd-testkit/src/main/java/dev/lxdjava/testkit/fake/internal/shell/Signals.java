package dev.lxdjava.testkit.fake.internal.shell;

/**
 * Signals sent to a running command. A blocking builtin waits through {@link #sleep} or a {@link
 * Stdin} read; a signal wakes it, and {@link #check()} then ends the command as the signal's
 * default action would.
 */
public final class Signals {
  /** Signal numbers on Linux x86_64. */
  public static final int SIGHUP = 1;

  public static final int SIGINT = 2;
  public static final int SIGQUIT = 3;
  public static final int SIGKILL = 9;
  public static final int SIGTERM = 15;
  public static final int SIGCHLD = 17;
  public static final int SIGCONT = 18;
  public static final int SIGSTOP = 19;
  public static final int SIGTSTP = 20;
  public static final int SIGWINCH = 28;

  private int pending;
  private boolean interactiveShell;

  /** The command ended because of a signal; the exit status is 128 plus its number. */
  public static final class Terminated extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int signal;

    public Terminated(int signal) {
      super("terminated by signal " + signal, null, false, false);
      this.signal = signal;
    }

    public int signal() {
      return signal;
    }

    public int exitStatus() {
      return 128 + signal;
    }
  }

  /** Marks the process as an interactive shell, which ignores SIGTERM, SIGINT and SIGQUIT. */
  synchronized void interactive(boolean value) {
    interactiveShell = value;
  }

  /** Delivers a signal. Ignored signals (and those an interactive shell ignores) do nothing. */
  public synchronized void raise(int signal) {
    if (!terminates(signal)) {
      return;
    }
    pending = signal;
    notifyAll();
  }

  /**
   * Interrupts the foreground command as a terminal's Ctrl-C does, also in an interactive shell.
   */
  public synchronized void interruptForeground() {
    pending = SIGINT;
    notifyAll();
  }

  private boolean terminates(int signal) {
    if (signal == SIGCHLD
        || signal == SIGCONT
        || signal == SIGSTOP
        || signal == SIGTSTP
        || signal == SIGWINCH
        || signal <= 0
        || signal > 64) {
      return false;
    }
    return !(interactiveShell && (signal == SIGTERM || signal == SIGINT || signal == SIGQUIT));
  }

  /**
   * Ends the command if a terminating signal is pending. The signal stays pending, so every stage
   * of a pipeline ends too, until {@link #clear()}.
   */
  public synchronized void check() {
    if (pending != 0) {
      throw new Terminated(pending);
    }
  }

  /** Forgets a pending signal, after an interactive shell handled Ctrl-C. */
  synchronized void clear() {
    pending = 0;
  }

  /** Waits up to {@code millis}; a signal ends the wait and the command. */
  public synchronized void sleep(long millis) {
    long deadline = System.currentTimeMillis() + millis;
    check();
    while (true) {
      long remaining = deadline - System.currentTimeMillis();
      if (remaining <= 0) {
        return;
      }
      try {
        wait(remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Terminated(SIGKILL);
      }
      check();
    }
  }

  /** Waits on this monitor for a change elsewhere, such as new input. */
  synchronized void waitForChange(long millis) {
    try {
      wait(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Terminated(SIGKILL);
    }
  }

  synchronized void wake() {
    notifyAll();
  }
}
