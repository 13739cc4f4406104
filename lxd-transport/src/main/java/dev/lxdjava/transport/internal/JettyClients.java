package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdTransportException;
import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Creates and stops the Jetty clients that connections share. */
final class JettyClients {
  private JettyClients() {}

  static HttpClient start(HttpClient client, String name, Duration connectTimeout) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 2);
    threads.setName(name);
    threads.setDaemon(true);
    client.setExecutor(threads);
    client.setName(name);
    client.setConnectTimeout(connectTimeout.toMillis());
    // Operation waits and exec streams can be silent for long; requests carry their own timeouts.
    client.setIdleTimeout(Duration.ofMinutes(5).toMillis());
    client.setMaxConnectionsPerDestination(64);
    long idleTimeoutMs = client.getIdleTimeout();
    client
        .getTransport()
        .setConnectionPoolFactory(
            destination ->
                new QuietConnectionPool(
                    destination, client.getMaxConnectionsPerDestination(), idleTimeoutMs));
    client.setFollowRedirects(false);
    // LXD's own user agent is "LXD <version>"; a clear name helps in daemon logs.
    client.setUserAgentField(new org.eclipse.jetty.http.HttpField("User-Agent", "lxd-java"));
    try {
      client.start();
    } catch (Exception e) {
      throw new LxdTransportException("cannot start the HTTP client: " + e.getMessage(), e);
    }
    return client;
  }

  static void stop(HttpClient client) {
    try {
      client.stop();
    } catch (Exception ignored) {
      // Stopping only releases threads and sockets; nothing is left to recover.
    }
  }
}
