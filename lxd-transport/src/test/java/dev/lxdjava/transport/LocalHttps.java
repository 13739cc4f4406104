package dev.lxdjava.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.transport.internal.LxdPath;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.RestLxd;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The local daemon reached over its unix socket, used by tests to prepare HTTPS access: switch the
 * listener on at {@value #ADDRESS} and back, trust a test certificate. Server configuration is
 * changed with {@code PATCH /1.0}, which merges keys, so other keys stay as they are.
 */
final class LocalHttps implements AutoCloseable {
  /** Address the listener is switched on at: loopback only. */
  static final String ADDRESS = "127.0.0.1:8443";

  static final String HTTPS_ADDRESS_KEY = "core.https_address";

  private final RestClient rest;
  private final Lxd lxd;

  private LocalHttps(RestClient rest) {
    this.rest = rest;
    this.lxd = new RestLxd(rest, Scope.DEFAULT, false);
  }

  /** Opens the unix socket that {@link SocketPaths#detect} finds. */
  static LocalHttps open() {
    var socket =
        SocketPaths.detect(System.getenv())
            .orElseThrow(() -> new LxdTransportException("no local LXD socket found"));
    UnixSocketConnection connection = UnixSocketConnection.open(socket, Duration.ofSeconds(10));
    return new LocalHttps(new RestClient(connection, JsonSupport.mapper(), Duration.ofMinutes(2)));
  }

  /** The daemon over the unix socket. */
  Lxd lxd() {
    return lxd;
  }

  /** The current value of a server configuration key, or empty. */
  String config(String key) {
    return lxd.server().info().config().getOrDefault(key, "");
  }

  /** Sets a server configuration key; the empty value unsets it. */
  void setConfig(String key, String value) {
    ObjectNode body = rest.json().createObjectNode();
    body.set("config", rest.json().valueToTree(Map.of(key, value)));
    rest.send("PATCH", LxdPath.of(), body);
  }

  /**
   * Switches the HTTPS listener on at {@value #ADDRESS} unless it is already on, and returns the
   * previous value of {@code core.https_address} for {@link #restoreListener(String)}.
   */
  String enableListener() {
    String previous = config(HTTPS_ADDRESS_KEY);
    if (previous.isEmpty()) {
      setConfig(HTTPS_ADDRESS_KEY, ADDRESS);
    }
    return previous;
  }

  /** Sets {@code core.https_address} back to {@code previous} if it changed. */
  void restoreListener(String previous) {
    if (!config(HTTPS_ADDRESS_KEY).equals(previous)) {
      setConfig(HTTPS_ADDRESS_KEY, previous);
    }
  }

  /** The loopback URL of the listener. */
  static URI url() {
    return URI.create("https://" + ADDRESS);
  }

  /** The SHA-256 fingerprint of the daemon's certificate, for pinning. */
  String serverFingerprint() {
    return lxd.server().info().environment().certificateFingerprint();
  }

  /** The daemon's certificate in PEM form. */
  String serverCertificatePem() {
    return lxd.server().info().environment().certificate();
  }

  /** Adds a client certificate to the trust store under {@code name}; returns its fingerprint. */
  String trust(ClientCertificate certificate, String name) {
    return lxd.certificates().add(certificate.certificatePem(), CertificateAdd.client(name));
  }

  /** Removes a certificate from the trust store if it is there. */
  void untrust(String fingerprint) {
    if (lxd.certificates().find(fingerprint).isPresent()) {
      lxd.certificates().delete(fingerprint);
    }
  }

  @Override
  public void close() {
    rest.connection().close();
  }
}
