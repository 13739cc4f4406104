package dev.lxdjava.core.exec;

import dev.lxdjava.core.LxdValidationException;

/**
 * The size of a terminal in character cells.
 *
 * @param width columns, 1 to {@value #MAX}
 * @param height rows, 1 to {@value #MAX}
 */
public record TerminalSize(int width, int height) {
  /** Largest accepted width or height. */
  public static final int MAX = 10_000;

  /** The classic 80 by 24 terminal. */
  public static final TerminalSize DEFAULT = new TerminalSize(80, 24);

  public TerminalSize {
    check("terminal width", width);
    check("terminal height", height);
  }

  private static void check(String field, int value) {
    if (value < 1 || value > MAX) {
      throw new LxdValidationException(
          field, Integer.toString(value), "must be between 1 and " + MAX);
    }
  }
}
