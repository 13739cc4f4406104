package dev.lxdjava.core.server;

/** The daemon itself ({@code /1.0}). */
public interface Server {

  /** Reads what the daemon reports about itself and about this client's trust. */
  ServerInfo info();
}
