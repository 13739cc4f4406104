package dev.lxdjava.server.ws;

import java.util.List;
import java.util.Map;

/**
 * The JSON text messages a client sends on the exec and console WebSockets, keyed by {@code type}.
 * Unknown fields are rejected, as in HTTP request bodies.
 */
final class TerminalMessages {
  private TerminalMessages() {}

  /**
   * {@code {"type": "start", …}}: the first message; starts the command (exec) or attaches
   * (console, which takes only {@code width} and {@code height}).
   *
   * @param interactive whether the command runs on a terminal; {@code true} when absent
   */
  record Start(
      String type,
      List<String> command,
      Map<String, String> environment,
      Integer user,
      Integer group,
      String cwd,
      Boolean interactive,
      Integer width,
      Integer height) {}

  /** {@code {"type": "resize", "width": 120, "height": 40}}. */
  record Resize(String type, Integer width, Integer height) {}

  /** {@code {"type": "signal", "signal": 15}}. */
  record Signal(String type, Integer signal) {}

  /** {@code {"type": "stdin-eof"}}: closes the command's stdin. */
  record StdinEof(String type) {}
}
