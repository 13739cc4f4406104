package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Scope;
import dev.lxdjava.transport.internal.Connection;
import dev.lxdjava.transport.internal.MutualTlsConnection;
import dev.lxdjava.transport.internal.PemFiles;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.RestLxd;
import dev.lxdjava.transport.internal.TlsOptions;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import dev.lxdjava.transport.tls.ClientCertificate;
import dev.lxdjava.transport.tls.Fingerprints;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens connections to LXD, over its local unix socket or over HTTPS with TLS client
 * authentication. Every {@link Lxd} it returns owns one pooled HTTP client; close it when done.
 *
 * <pre>{@code
 * try (Lxd lxd = LxdClient.connect()) {
 *   lxd.instances().start("web1").await();
 * }
 * }</pre>
 *
 * <p>A remote daemon, with the server's certificate pinned:
 *
 * <pre>{@code
 * Lxd lxd = LxdClient.builder()
 *     .remote(URI.create("https://10.0.0.5:8443"))
 *     .clientCertificate(Path.of("client.crt"), Path.of("client.key"))
 *     .serverCertificate(Path.of("server.crt"))
 *     .build();
 * }</pre>
 */
public final class LxdClient {
  private LxdClient() {}

  /**
   * Connects to the local daemon's unix socket, found by {@link SocketPaths#detect}.
   *
   * @throws LxdTransportException if no socket is found
   */
  public static Lxd connect() {
    return builder().build();
  }

  /** Connects to the unix socket at {@code socket}. */
  public static Lxd unixSocket(Path socket) {
    return builder().unixSocket(socket).build();
  }

  /** Starts a builder for connection options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Options of a connection. Without {@link #remote(URI)} it uses the unix socket; with it, HTTPS.
   * Over HTTPS the server is checked in exactly one way: a pinned certificate ({@link
   * #serverCertificate(Path)} or {@link #serverFingerprint(String)}), PKIX validation with host
   * name verification against {@link #trustedCa(Path)} or, when neither is set, the JDK's trust
   * store, or not at all after an explicit {@link #insecureSkipVerify()}.
   */
  public static final class Builder {
    private Path socket;
    private URI remote;
    private Path clientCertificateFile;
    private Path clientKeyFile;
    private ClientCertificate clientCertificate;
    private Path serverCertificateFile;
    private String serverFingerprint;
    private Path caFile;
    private boolean insecureSkipVerify;
    private String project = Scope.DEFAULT.project();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofMinutes(2);

    private Builder() {}

    /** Uses this unix socket instead of the detected one. */
    public Builder unixSocket(Path value) {
      this.socket = value;
      return this;
    }

    /**
     * Connects to LXD's HTTPS listener at {@code https://host:port} instead of the unix socket. The
     * port defaults to {@value DaemonKind#DEFAULT_HTTPS_PORT}.
     *
     * @throws LxdValidationException unless the URI is {@code https} with a host and nothing after
     *     the port
     */
    public Builder remote(URI value) {
      this.remote = RemoteUris.check(value);
      return this;
    }

    /**
     * Presents this client certificate over HTTPS. The files are PEM; the key may be SEC1 ({@code
     * EC PRIVATE KEY}, what {@code lxc} writes), PKCS#1 ({@code RSA PRIVATE KEY}) or unencrypted
     * PKCS#8 ({@code PRIVATE KEY}). They are read by {@link #build()}.
     */
    public Builder clientCertificate(Path certificateFile, Path keyFile) {
      this.clientCertificateFile = certificateFile;
      this.clientKeyFile = keyFile;
      this.clientCertificate = null;
      return this;
    }

    /** Presents this client certificate over HTTPS, for example one just generated. */
    public Builder clientCertificate(ClientCertificate value) {
      this.clientCertificate = value;
      this.clientCertificateFile = null;
      this.clientKeyFile = null;
      return this;
    }

    /**
     * Accepts only the server certificate in this PEM file, such as LXD's {@code server.crt}. Host
     * names are then not checked, because the pin identifies the server exactly.
     */
    public Builder serverCertificate(Path pemFile) {
      this.serverCertificateFile = pemFile;
      return this;
    }

    /**
     * Accepts only the server certificate with this SHA-256 fingerprint (hex, colons allowed), as
     * {@code lxc info} and {@code environment.certificate_fingerprint} show it. Host names are then
     * not checked.
     *
     * @throws LxdValidationException unless the value is 64 hex digits
     */
    public Builder serverFingerprint(String fingerprint) {
      this.serverFingerprint = Fingerprints.normalize(fingerprint);
      return this;
    }

    /**
     * Validates the server's certificate chain against the CA certificates in this PEM file instead
     * of the JDK's trust store, with host name verification.
     */
    public Builder trustedCa(Path pemFile) {
      this.caFile = pemFile;
      return this;
    }

    /**
     * Accepts any server certificate without checking it. For tests only: anyone between client and
     * server can then read and change the traffic. Each connection opened this way logs a warning.
     */
    public Builder insecureSkipVerify() {
      this.insecureSkipVerify = true;
      return this;
    }

    /** Sets the project of the returned view (default {@code default}). */
    public Builder project(String value) {
      this.project = value;
      return this;
    }

    /** Sets the time allowed to open a connection (default 10 s). */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive("connect timeout", value);
      return this;
    }

    /**
     * Sets the time allowed for one request and its reply (default 2 min). Operation waits run in
     * slices and are not bound by it.
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = positive("request timeout", value);
      return this;
    }

    private static Duration positive(String field, Duration value) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new LxdValidationException(field, String.valueOf(value), "must be positive");
      }
      return value;
    }

    /**
     * Opens the connection. Over HTTPS this reads the PEM files but sends nothing yet: the first
     * request makes the TLS handshake.
     *
     * @throws LxdValidationException if options conflict, or a PEM file is missing, unreadable, of
     *     an unknown type, or the key does not belong to the certificate
     * @throws LxdTransportException if the unix socket is missing
     */
    public Lxd build() {
      Scope scope = Scope.DEFAULT.withProject(project);
      Connection connection = remote == null ? unixConnection() : tlsConnection();
      return new RestLxd(
          new RestClient(connection, JsonSupport.mapper(), requestTimeout), scope, true);
    }

    private Connection unixConnection() {
      if (hasTlsOption()) {
        throw new LxdValidationException(
            "connection options",
            "TLS settings without remote(URI)",
            "client and server certificates apply only to an HTTPS remote; set remote(URI)");
      }
      Path path = socket;
      if (path == null) {
        path =
            SocketPaths.detect(System.getenv())
                .orElseThrow(
                    () ->
                        new LxdTransportException(
                            "no LXD socket found at "
                                + SocketPaths.candidates(System.getenv())
                                + ": is LXD installed and running? Set LXD_SOCKET to its path."));
      }
      return UnixSocketConnection.open(path, connectTimeout);
    }

    private boolean hasTlsOption() {
      return clientCertificateFile != null
          || clientCertificate != null
          || serverCertificateFile != null
          || serverFingerprint != null
          || caFile != null
          || insecureSkipVerify;
    }

    private Connection tlsConnection() {
      if (socket != null) {
        throw new LxdValidationException(
            "connection options",
            "unixSocket(" + socket + ") and remote(" + remote + ")",
            "choose either the unix socket or an HTTPS remote");
      }
      requireAtMostOneServerCheck();
      List<X509Certificate> cas =
          caFile == null ? List.of() : PemFiles.readCertificates("CA certificate", caFile);
      ClientCertificate client = clientCertificate;
      if (clientCertificateFile != null) {
        client = ClientCertificate.load(clientCertificateFile, clientKeyFile);
      }
      return MutualTlsConnection.open(
          remote,
          new TlsOptions(client, pinnedFingerprint(), cas, insecureSkipVerify),
          connectTimeout);
    }

    private void requireAtMostOneServerCheck() {
      List<String> checks = new ArrayList<>();
      if (serverCertificateFile != null) {
        checks.add("serverCertificate");
      }
      if (serverFingerprint != null) {
        checks.add("serverFingerprint");
      }
      if (caFile != null) {
        checks.add("trustedCa");
      }
      if (insecureSkipVerify) {
        checks.add("insecureSkipVerify");
      }
      if (checks.size() > 1) {
        throw new LxdValidationException(
            "server certificate check",
            String.join(" and ", checks),
            "choose one way to check the server: a pinned certificate or fingerprint, a CA file,"
                + " or insecureSkipVerify()");
      }
    }

    /** Returns the fingerprint of the pinned server certificate, or {@code null} for no pin. */
    private String pinnedFingerprint() {
      if (serverCertificateFile == null) {
        return serverFingerprint;
      }
      return Fingerprints.sha256(
          PemFiles.readCertificate("server certificate", serverCertificateFile));
    }
  }
}
