package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.internal.MutualTlsConnection;
import dev.lxdjava.transport.internal.TlsOptions;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.JettyUpgradeListener;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A WebSocket over the same mutual-TLS connection as the REST calls: Jetty's {@link
 * WebSocketClient} built on {@link MutualTlsConnection#httpClient()} reuses its client certificate
 * and server pin.
 */
@LocalLxd
public class MutualTlsWebSocketIT {
  private LocalHttps local;
  private String previousAddress;
  private String fingerprint;
  private MutualTlsConnection connection;

  @BeforeEach
  void connect() {
    local = LocalHttps.open();
    previousAddress = local.enableListener();
    ClientCertificate certificate = ClientCertificate.generate(TestNames.unique());
    fingerprint = local.trust(certificate, TestNames.unique());
    TlsOptions options = new TlsOptions(certificate, local.serverFingerprint(), List.of(), false);
    connection = MutualTlsConnection.open(LocalHttps.url(), options, Duration.ofSeconds(10));
  }

  @AfterEach
  void disconnect() {
    connection.close();
    local.untrust(fingerprint);
    local.restoreListener(previousAddress);
    local.close();
  }

  @Test
  void eventsWebSocketReceivesOperationEvent() throws Exception {
    TextCollector listener = new TextCollector();
    JettyUpgradeListener customize =
        new JettyUpgradeListener() {
          @Override
          public void onHandshakeRequest(Request request) {
            connection.customize(request);
          }
        };
    URI events = URI.create("wss://" + LocalHttps.ADDRESS + "/1.0/events?type=operation");
    WebSocketClient webSockets = new WebSocketClient(connection.httpClient());
    webSockets.start();
    try {
      Session session =
          webSockets
              .connect(listener, events, new ClientUpgradeRequest(), customize)
              .get(10, TimeUnit.SECONDS);

      // A token is an operation, so creating and revoking one emits operation events.
      TrustToken token =
          local.lxd().certificates().createToken(CertificateAdd.client(TestNames.unique()));
      local.lxd().certificates().revokeToken(token);
      String first = listener.messages.poll(10, TimeUnit.SECONDS);

      assertThat(session.isOpen()).isTrue();
      assertThat(first).contains("\"type\":\"operation\"");
      session.close();
    } finally {
      webSockets.stop();
    }

    assertThat(connection.httpClient().isRunning()).isTrue();
  }

  /**
   * Collects text frames. Jetty calls listener methods through a public lookup, so the class must
   * be public and reachable, unlike an anonymous class.
   */
  public static final class TextCollector implements Session.Listener.AutoDemanding {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

    @Override
    public void onWebSocketText(String message) {
      messages.add(message);
    }
  }
}
