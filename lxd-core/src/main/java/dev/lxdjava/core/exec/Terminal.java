package dev.lxdjava.core.exec;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A terminal inside an instance: an interactive command's pseudo-terminal or the instance console.
 * One stream carries keystrokes in and one carries the screen output (stdout and stderr mixed, as
 * on any terminal). Implementations are thread-safe.
 */
public interface Terminal extends AutoCloseable {

  /** The id of LXD's operation. */
  String operationId();

  /** The project the operation belongs to. */
  String project();

  /** Keystrokes to the terminal, sent as LXD binary frames. */
  OutputStream input();

  /**
   * Output of the terminal. It ends when LXD ends the session: when the command exits, or when the
   * console is detached. Read it continuously, as LXD stops sending while output waits unread.
   */
  InputStream output();

  /** Changes the terminal size through LXD's control channel. */
  void resize(TerminalSize size);

  /** Whether LXD's operation has not reached a final state yet. */
  boolean isRunning();

  /** Ends the session and closes its WebSockets. */
  @Override
  void close();
}
