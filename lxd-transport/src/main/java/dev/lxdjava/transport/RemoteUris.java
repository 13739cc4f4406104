package dev.lxdjava.transport;

import dev.lxdjava.core.LxdValidationException;
import java.net.URI;
import java.util.Locale;

/** Checks the address of an HTTPS remote. */
final class RemoteUris {
  private RemoteUris() {}

  /**
   * Returns {@code https://host:port} for a valid address, adding the default port when missing.
   *
   * @throws LxdValidationException naming the address and what is wrong with it
   */
  static URI check(URI uri) {
    if (uri == null) {
      throw invalid("null", "must be set");
    }
    String text = uri.toString();
    if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
      throw invalid(text, "must start with https:// (LXD's remote API is HTTPS only)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw invalid(text, "must name a host, as in https://10.0.0.5:8443");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid(text, "must not contain user information; LXD authenticates by certificate");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw invalid(text, "must be https://host:port with nothing after the port");
    }
    int port = uri.getPort() == -1 ? DaemonKind.DEFAULT_HTTPS_PORT : uri.getPort();
    return URI.create("https://" + uri.getHost() + ":" + port);
  }

  private static LxdValidationException invalid(String value, String rule) {
    return new LxdValidationException("remote URL", value, rule);
  }
}
