package dev.lxdjava.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the gateway reaches LXD over HTTPS ({@code LXD_CONNECTION_MODE=https}): the daemon's URL, the
 * client certificate LXD trusts, and exactly one way to check the server's certificate. There is no
 * setting that turns server verification off.
 *
 * @param url {@code https://host:port}
 * @param clientCertificate PEM file of the client certificate
 * @param clientKey PEM file of its private key
 * @param serverCertificate PEM file of the pinned server certificate, or {@code null}
 * @param serverFingerprint SHA-256 fingerprint of the pinned server certificate, or {@code null}
 * @param caCertificate PEM file of the CA that signed the server's certificate, or {@code null}
 */
public record RemoteLxd(
    URI url,
    Path clientCertificate,
    Path clientKey,
    Path serverCertificate,
    String serverFingerprint,
    Path caCertificate) {

  static final String URL_VARIABLE = "LXD_REMOTE_URL";
  static final String CERT_VARIABLE = "LXD_CLIENT_CERT_PATH";
  static final String KEY_VARIABLE = "LXD_CLIENT_KEY_PATH";
  static final String SERVER_CERT_VARIABLE = "LXD_SERVER_CERT_PATH";
  static final String FINGERPRINT_VARIABLE = "LXD_SERVER_FINGERPRINT";
  static final String CA_VARIABLE = "LXD_CA_CERT_PATH";

  /**
   * Reads the HTTPS settings.
   *
   * @throws ConfigException naming the first missing or invalid variable
   */
  static RemoteLxd fromEnvironment(Map<String, String> env) {
    URI url = url(env);
    Path certificate = readableFile(env, CERT_VARIABLE, "the client certificate (PEM)");
    Path key = readableFile(env, KEY_VARIABLE, "the client's private key (PEM)");
    List<String> checks = new ArrayList<>();
    for (String variable : List.of(SERVER_CERT_VARIABLE, FINGERPRINT_VARIABLE, CA_VARIABLE)) {
      if (!value(env, variable).isEmpty()) {
        checks.add(variable);
      }
    }
    if (checks.size() != 1) {
      throw new ConfigException(
          (checks.isEmpty() ? "no way to verify LXD's certificate is set" : checks + " are all set")
              + ": with LXD_CONNECTION_MODE=https set exactly one of "
              + SERVER_CERT_VARIABLE
              + " (LXD's server.crt), "
              + FINGERPRINT_VARIABLE
              + " (its SHA-256 fingerprint, as 'lxc info' shows it) or "
              + CA_VARIABLE
              + " (a CA that signed it). Verification cannot be switched off.");
    }
    Path serverCertificate =
        checks.contains(SERVER_CERT_VARIABLE)
            ? readableFile(env, SERVER_CERT_VARIABLE, "LXD's server certificate (PEM)")
            : null;
    Path ca =
        checks.contains(CA_VARIABLE)
            ? readableFile(env, CA_VARIABLE, "the CA certificate (PEM)")
            : null;
    String fingerprint = checks.contains(FINGERPRINT_VARIABLE) ? fingerprint(env) : null;
    return new RemoteLxd(url, certificate, key, serverCertificate, fingerprint, ca);
  }

  private static URI url(Map<String, String> env) {
    String text = value(env, URL_VARIABLE);
    if (text.isEmpty()) {
      throw new ConfigException(
          URL_VARIABLE
              + " is not set: with LXD_CONNECTION_MODE=https it must be LXD's address,"
              + " such as https://10.0.0.5:8443");
    }
    try {
      URI url = new URI(text);
      if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
        throw new ConfigException(
            URL_VARIABLE
                + "='"
                + text
                + "' must be https://host:port, such as https://10.0.0.5:8443");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new ConfigException(URL_VARIABLE + "='" + text + "' is not a URL: " + e.getReason());
    }
  }

  private static Path readableFile(Map<String, String> env, String variable, String what) {
    String text = value(env, variable);
    if (text.isEmpty()) {
      throw new ConfigException(
          variable + " is not set: with LXD_CONNECTION_MODE=https it must name " + what);
    }
    Path path = Path.of(text);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ConfigException(
          variable + "='" + text + "' is not a readable file; it must name " + what);
    }
    return path;
  }

  private static String fingerprint(Map<String, String> env) {
    String text = value(env, FINGERPRINT_VARIABLE);
    String hex = text.replace(":", "").toLowerCase(Locale.ROOT);
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new ConfigException(
          FINGERPRINT_VARIABLE
              + "='"
              + text
              + "' must be a SHA-256 fingerprint: 64 hex digits, optionally separated by colons");
    }
    return hex;
  }

  private static String value(Map<String, String> env, String variable) {
    return env.getOrDefault(variable, "").strip();
  }
}
