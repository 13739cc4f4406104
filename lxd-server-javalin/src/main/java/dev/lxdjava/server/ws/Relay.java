package dev.lxdjava.server.ws;

import java.nio.ByteBuffer;

/** One client connection of a relay route, after authentication. */
interface Relay {

  /** A text message from the client. */
  void onText(String message);

  /** A binary message from the client. */
  void onBinary(ByteBuffer data);

  /** The client closed the socket or it broke; the relay ends its LXD side. */
  void onClientClosed(String reason);

  /** The gateway stops: the relay closes the client with 1001 and ends its LXD side. */
  void shutdown();
}
