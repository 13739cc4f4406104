package dev.lxdjava.testkit.fake.internal;

import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The fake's Jetty server: one unix-domain connector and, optionally, a TLS connector on 127.0.0.1
 * that requests a client certificate. Both serve the same {@link ApiHandler}.
 */
public final class HttpFront implements AutoCloseable {
  private static final char[] KEY_STORE_PASSWORD = "fake-lxd".toCharArray();

  private final Server server;
  private final UnixDomainServerConnector unix;
  private final ServerConnector tls;
  private final Daemon daemon;
  private final WebSockets webSockets;
  private int tlsPort;

  /**
   * Builds and starts the server.
   *
   * @param socket the unix socket to create
   * @param withTls whether to listen on 127.0.0.1 with TLS too
   * @param requireClientCertificate whether TLS clients without a certificate are rejected in the
   *     handshake (LXD itself accepts them as untrusted)
   */
  public HttpFront(
      Daemon daemon,
      ApiHandler handler,
      WebSockets webSockets,
      Path socket,
      boolean withTls,
      boolean requireClientCertificate) {
    this.daemon = daemon;
    this.webSockets = webSockets;
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("fake-lxd-http");
    threads.setDaemon(true);
    threads.setReservedThreads(0);
    server = new Server(threads);
    server.setStopTimeout(0);
    HttpConfiguration http = new HttpConfiguration();
    http.setUriCompliance(UriCompliance.UNSAFE);
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    unix = new UnixDomainServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    unix.setUnixDomainPath(socket);
    server.addConnector(unix);
    if (withTls) {
      HttpConfiguration secure = new HttpConfiguration(http);
      secure.addCustomizer(new SecureRequestCustomizer(false));
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      SelfSigned certificate = SelfSigned.server();
      ssl.setSslContext(sslContext(certificate));
      ssl.setWantClientAuth(true);
      ssl.setNeedClientAuth(requireClientCertificate);
      ssl.setEndpointIdentificationAlgorithm(null);
      ssl.setSniRequired(false);
      tls =
          new ServerConnector(
              server,
              1,
              1,
              new SslConnectionFactory(ssl, "http/1.1"),
              new HttpConnectionFactory(secure));
      tls.setHost("127.0.0.1");
      tls.setPort(0);
      server.addConnector(tls);
      daemon.certificatePem = certificate.certificatePem();
      daemon.certificateFingerprint = certificate.fingerprint();
    } else {
      tls = null;
    }
    WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server);
    upgrade.setHandler(handler);
    server.setHandler(upgrade);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly();
      throw new IllegalStateException("cannot start the fake LXD server: " + e.getMessage(), e);
    }
    handler.container(upgrade.getServerWebSocketContainer());
    if (tls != null) {
      tlsPort = tls.getLocalPort();
      String address = "127.0.0.1:" + tlsPort;
      daemon.httpsAddress = address;
      synchronized (daemon) {
        daemon.config.put("core.https_address", address);
      }
    }
  }

  /**
   * A TLS context that presents the server certificate and accepts any client certificate in the
   * handshake, as LXD does; whether a client is trusted is decided per request by {@link Trust}.
   */
  private static SSLContext sslContext(SelfSigned certificate) {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(certificate.keyStore(KEY_STORE_PASSWORD), KEY_STORE_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), new TrustManager[] {new AnyClient()}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS for the fake LXD: " + e.getMessage(), e);
    }
  }

  /** Accepts every client certificate chain; requests are checked against the trust store. */
  private static final class AnyClient extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      throw new UnsupportedOperationException("the fake LXD only serves TLS");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
      throw new UnsupportedOperationException("the fake LXD only serves TLS");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
      throw new UnsupportedOperationException("the fake LXD only serves TLS");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  /** The TLS port, or 0 without TLS. */
  public int tlsPort() {
    return tlsPort;
  }

  /**
   * Stops listening for {@code downtime}, dropping every connection and WebSocket, then listens
   * again on the same socket and port, as a restarted daemon does.
   */
  public void restart(Duration downtime) {
    try {
      unix.stop();
      if (tls != null) {
        tls.stop();
      }
      webSockets.dropAll();
      daemon.forgetOperations();
      Thread.sleep(downtime.toMillis());
      unix.start();
      if (tls != null) {
        tls.setPort(tlsPort);
        tls.start();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("cannot restart the fake LXD server: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    webSockets.dropAll();
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception ignored) {
      // Stopping releases sockets and threads; nothing is left to recover.
    }
  }
}
