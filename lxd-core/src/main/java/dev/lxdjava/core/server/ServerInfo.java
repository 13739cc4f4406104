package dev.lxdjava.core.server;

import java.util.List;
import java.util.Map;

/**
 * What the daemon reports about itself at {@code GET /1.0}.
 *
 * @param apiVersion REST API version, {@code 1.0}
 * @param apiExtensions API extensions the daemon supports, by name
 * @param apiStatus {@code stable} or {@code development}
 * @param auth {@code trusted} or {@code untrusted}: whether this client's credentials are accepted
 * @param authMethods accepted authentication methods, for example {@code tls}
 * @param isPublic whether the daemon serves public images to untrusted clients
 * @param config server configuration keys (empty for untrusted clients)
 * @param environment facts about the host and daemon (mostly empty for untrusted clients)
 */
public record ServerInfo(
    String apiVersion,
    List<String> apiExtensions,
    String apiStatus,
    String auth,
    List<String> authMethods,
    boolean isPublic,
    Map<String, String> config,
    ServerEnvironment environment) {

  public ServerInfo {
    apiExtensions = apiExtensions == null ? List.of() : List.copyOf(apiExtensions);
    authMethods = authMethods == null ? List.of() : List.copyOf(authMethods);
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** Whether LXD trusts this client. */
  public boolean isTrusted() {
    return "trusted".equals(auth);
  }

  /** Whether the daemon supports the named API extension, for example {@code instances}. */
  public boolean hasExtension(String extension) {
    return apiExtensions.contains(extension);
  }
}
