package dev.lxdjava.transport.internal;

import dev.lxdjava.core.server.Server;
import dev.lxdjava.core.server.ServerInfo;

/** {@link Server} over {@code GET /1.0}. */
final class RestServer implements Server {
  private final RestClient rest;

  RestServer(RestClient rest) {
    this.rest = rest;
  }

  @Override
  public ServerInfo info() {
    return Replies.serverInfo(rest.get(LxdPath.of()).metadata());
  }
}
