package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdMissingExtensionException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.server.Server;
import dev.lxdjava.core.server.ServerInfo;
import dev.lxdjava.core.server.ServerResources;
import java.util.Map;

/** {@link Server} over {@code /1.0} and {@code /1.0/resources}. */
final class RestServer implements Server {
  private final RestClient rest;

  RestServer(RestClient rest) {
    this.rest = rest;
  }

  @Override
  public ServerInfo info() {
    return Replies.serverInfo(rest.get(LxdPath.of()).metadata());
  }

  @Override
  public Tagged<ServerInfo> infoTagged() {
    LxdResponse response = rest.get(LxdPath.of());
    return new Tagged<>(Replies.serverInfo(response.metadata()), response.etag());
  }

  @Override
  public ServerResources resources() {
    return ResourcesReplies.resources(rest.get(LxdPath.of("resources")).metadata());
  }

  @Override
  public void updateConfig(Map<String, String> config, String etag) {
    ObjectNode body = JsonFields.newObject();
    ObjectNode keys = body.putObject("config");
    config.forEach(
        (key, value) -> {
          if (key == null || key.isBlank()) {
            throw new LxdValidationException(
                "server config key", String.valueOf(key), "must not be empty");
          }
          keys.put(key, value == null ? "" : value);
        });
    RestOperations.awaitIfAsync(rest, Scope.DEFAULT, rest.send("PATCH", LxdPath.of(), body, etag));
  }

  @Override
  public boolean hasExtension(String extension) {
    return rest.apiExtensions().contains(extension);
  }

  @Override
  public void requireExtension(String extension) {
    if (!hasExtension(extension)) {
      throw new LxdMissingExtensionException(
          extension, "the daemon at " + rest.connection().describe());
    }
  }
}
