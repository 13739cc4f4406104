package dev.lxdjava.testkit.fake.internal.shell;

import java.util.List;

/** The services a shell process gets from the exec session that runs it. */
public interface Host {
  /** Terminal rows, or 0 without a terminal. */
  int rows();

  /** Terminal columns, or 0 without a terminal. */
  int columns();

  /** Whether the process runs on a terminal (an interactive exec). */
  boolean isTerminal();

  /** Turns input echo on or off, as {@code stty echo} and {@code stty -echo} do. */
  void echo(boolean on);

  /** The instance's host name. */
  String hostname();

  /** The lines {@code ps} prints after its header: pid, user and command of each process. */
  List<String> processes();

  /** Sends a signal to another process; false when no process has the id. */
  boolean kill(long pid, int signal);
}
