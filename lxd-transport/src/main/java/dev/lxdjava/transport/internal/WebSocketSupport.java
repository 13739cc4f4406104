package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.LxdTransportException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.JettyUpgradeListener;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket side of one {@link Connection}: a Jetty {@link WebSocketClient} on the connection's
 * own {@link HttpClient}, so upgrade requests take the same path as REST requests (unix-domain
 * socket or TLS), plus the threads that exec waits and event delivery need.
 *
 * <p>One instance exists per HTTP client. It is registered as a bean of that client and stops when
 * the client stops, so closing the connection also ends its WebSockets.
 */
final class WebSocketSupport implements LifeCycle.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketSupport.class);

  /** Largest text message accepted, such as one event with a large operation attached. */
  private static final long MAX_TEXT_MESSAGE = 16L * 1024 * 1024;

  private final Connection connection;
  private final WebSocketClient client;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final EventHub events;

  private WebSocketSupport(Connection connection) {
    this.connection = connection;
    this.client = new WebSocketClient(connection.httpClient());
    // Exec streams may be silent for long; ends are detected by close frames and socket errors.
    client.setIdleTimeout(Duration.ZERO);
    client.setMaxTextMessageSize(MAX_TEXT_MESSAGE);
    client.setStopAtShutdown(false);
    try {
      client.start();
    } catch (Exception e) {
      throw new LxdTransportException("cannot start the WebSocket client: " + e.getMessage(), e);
    }
    this.workers = Executors.newCachedThreadPool(daemonThreads("lxd-ws-worker"));
    this.timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("lxd-ws-timer"));
    this.events = new EventHub(this);
  }

  /** The instance for a connection, created on first use. */
  static WebSocketSupport of(Connection connection) {
    HttpClient http = connection.httpClient();
    synchronized (http) {
      WebSocketSupport existing = http.getBean(WebSocketSupport.class);
      if (existing != null) {
        return existing;
      }
      WebSocketSupport created = new WebSocketSupport(connection);
      // A plain bean that is also a LifeCycle.Listener: Jetty calls lifeCycleStopping on it.
      http.addBean(created);
      return created;
    }
  }

  Connection connection() {
    return connection;
  }

  ExecutorService workers() {
    return workers;
  }

  ScheduledExecutorService timers() {
    return timers;
  }

  EventHub events() {
    return events;
  }

  /**
   * Starts a WebSocket upgrade for a path under {@code /1.0}. The returned future completes with
   * the open session, or fails with LXD's typed error when LXD answers the upgrade with an error
   * reply (as it does for an unknown project), or with the transport error.
   */
  CompletableFuture<Session> connect(LxdPath path, Session.Listener listener) {
    URI uri = URI.create(webSocketBase(connection.baseUri()) + path);
    ClientUpgradeRequest request = new ClientUpgradeRequest(uri);
    RefusedUpgrade refusal = new RefusedUpgrade(path);
    JettyUpgradeListener upgrade =
        new JettyUpgradeListener() {
          @Override
          public void onHandshakeRequest(Request handshake) {
            connection.customize(handshake);
            handshake.onResponseContent(refusal::append);
          }

          @Override
          public void onHandshakeResponse(Request handshake, Response response) {
            LOG.debug("WebSocket {} -> {}", path.pathOnly(), response.getStatus());
          }
        };
    CompletableFuture<Session> handshake;
    try {
      handshake = client.connect(listener, request, upgrade);
    } catch (java.io.IOException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Session> result = new CompletableFuture<>();
    handshake.whenComplete(
        (session, error) -> {
          if (error == null) {
            if (!result.complete(session)) {
              session.close();
            }
          } else {
            result.completeExceptionally(refusal.error(error));
          }
        });
    result.whenComplete(
        (session, error) -> {
          if (result.isCancelled()) {
            handshake.cancel(true);
          }
        });
    return result;
  }

  /**
   * Waits for a connect future. LXD's typed error of a refused upgrade is thrown as it is; other
   * failures become a transport error.
   */
  Session await(CompletableFuture<Session> future, LxdPath path, Duration timeout) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new LxdTransportException("interrupted while opening WebSocket " + path.pathOnly(), e);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw failure(path, "no WebSocket handshake within " + timeout.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LxdException lxd) {
        throw lxd;
      }
      throw failure(path, String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  private LxdTransportException failure(LxdPath path, String reason, Throwable cause) {
    return new LxdTransportException(
        "WebSocket " + path.pathOnly() + " via " + connection.describe() + " failed: " + reason,
        cause);
  }

  static String webSocketBase(String httpBase) {
    if (httpBase.startsWith("https://")) {
      return "wss://" + httpBase.substring("https://".length());
    }
    if (httpBase.startsWith("http://")) {
      return "ws://" + httpBase.substring("http://".length());
    }
    throw new IllegalArgumentException("base URI must be http or https: " + httpBase);
  }

  @Override
  public void lifeCycleStopping(LifeCycle event) {
    events.close();
    timers.shutdownNow();
    workers.shutdownNow();
    try {
      client.stop();
    } catch (Exception e) {
      LOG.debug("stopping the WebSocket client failed", e);
    }
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
