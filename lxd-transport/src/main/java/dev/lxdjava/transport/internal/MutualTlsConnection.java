package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaches LXD's HTTPS listener with TLS client authentication, as {@code lxc} does for a remote.
 * The client presents its certificate; LXD trusts it when the certificate is in its trust store.
 * The server is checked by a pinned certificate fingerprint (host names are then not checked), by
 * PKIX validation with host name verification against given CAs or the JDK's trust store, or, only
 * when a caller asks for it explicitly, not at all (with a warning in the log).
 *
 * <p>WebSockets use the same client: {@code new WebSocketClient(connection.httpClient())} reuses
 * its TLS settings.
 */
public final class MutualTlsConnection implements Connection {
  private static final Logger LOG = LoggerFactory.getLogger(MutualTlsConnection.class);
  private static final char[] KEY_STORE_PASSWORD = "lxd-java".toCharArray();

  private final String baseUri;
  private final TlsOptions options;
  private final HttpClient client;

  private MutualTlsConnection(String baseUri, TlsOptions options, HttpClient client) {
    this.baseUri = baseUri;
    this.options = options;
    this.client = client;
  }

  /**
   * Starts a connection pool for {@code https://host:port}. No network traffic happens yet: the
   * first request makes the TLS handshake, and a failed check of the server fails that request.
   *
   * @param base {@code https://host:port}, already checked by the caller
   */
  public static MutualTlsConnection open(URI base, TlsOptions options, Duration connectTimeout) {
    String baseUri = "https://" + base.getRawAuthority();
    if (options.insecureSkipVerify()) {
      LOG.warn(
          "TLS verification of {} is switched off (insecureSkipVerify): any server can pose as"
              + " this LXD and read the client's requests. Use this only in tests.",
          baseUri);
    }
    SslContextFactory.Client tls = new SslContextFactory.Client();
    tls.setSslContext(sslContext(options));
    // JSSE leaves the host name check to trust managers that extend X509ExtendedTrustManager: the
    // JDK's PKIX manager checks it, the pinned and the insecure manager do not. Keeping "HTTPS"
    // for all three also keeps Jetty from warning about a missing algorithm.
    tls.setEndpointIdentificationAlgorithm("HTTPS");
    HttpClient client = new HttpClient();
    client.setSslContextFactory(tls);
    JettyClients.start(client, "lxd-https", connectTimeout);
    return new MutualTlsConnection(baseUri, options, client);
  }

  private static SSLContext sslContext(TlsOptions options) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers(options.clientCertificate()), trustManagers(options), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new LxdTransportException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static KeyManager[] keyManagers(ClientCertificate certificate)
      throws GeneralSecurityException, IOException {
    if (certificate == null) {
      return null;
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry(
        "client",
        certificate.privateKey(),
        KEY_STORE_PASSWORD,
        new X509Certificate[] {certificate.certificate()});
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys, KEY_STORE_PASSWORD);
    return factory.getKeyManagers();
  }

  private static TrustManager[] trustManagers(TlsOptions options)
      throws GeneralSecurityException, IOException {
    if (options.pinned()) {
      return new TrustManager[] {new PinnedTrustManager(options.pinnedFingerprint())};
    }
    if (options.insecureSkipVerify()) {
      return new TrustManager[] {new AnyServerTrustManager()};
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(caStore(options.trustedCas()));
    return factory.getTrustManagers();
  }

  /** A key store with the given CAs, or {@code null} for the JDK's default trust store. */
  private static KeyStore caStore(List<X509Certificate> cas)
      throws GeneralSecurityException, IOException {
    if (cas.isEmpty()) {
      return null;
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    for (int i = 0; i < cas.size(); i++) {
      store.setCertificateEntry("ca-" + i, cas.get(i));
    }
    return store;
  }

  /** The TLS settings of this connection. */
  public TlsOptions options() {
    return options;
  }

  /** Whether the client presents a certificate. */
  public boolean hasClientCertificate() {
    return options.clientCertificate() != null;
  }

  @Override
  public HttpClient httpClient() {
    return client;
  }

  @Override
  public String baseUri() {
    return baseUri;
  }

  @Override
  public void customize(Request request) {
    // Plain TCP with the client's TLS settings: nothing to add per request.
  }

  @Override
  public String describe() {
    String check;
    if (options.pinned()) {
      check = "server certificate pinned to SHA-256 " + options.pinnedFingerprint();
    } else if (options.insecureSkipVerify()) {
      check = "server certificate NOT verified";
    } else {
      check = options.trustedCas().isEmpty() ? "JDK trust store" : "given CA certificates";
    }
    return baseUri + " (" + check + ")";
  }

  @Override
  public void close() {
    JettyClients.stop(client);
  }
}
