package dev.lxdjava.transport.internal;

import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;

/**
 * How requests reach one daemon: a pooled Jetty client plus what each request needs to take the
 * right path (a unix-domain transport, or TLS to a host). One connection serves all scoped views.
 *
 * <p>The exec, console and event WebSockets use a Jetty {@code WebSocketClient} built on {@link
 * #httpClient()}. Jetty creates those upgrade requests itself with {@link
 * HttpClient#newRequest(URI)} and applies the per-request transport before any listener runs, so a
 * connection whose requests need a transport other than TCP sets it in {@code newRequest} of its
 * client (as {@link UnixSocketConnection} does), not only in {@link #customize(Request)}.
 */
public interface Connection extends AutoCloseable {

  /** The shared, started Jetty client. */
  HttpClient httpClient();

  /** Base URI that request paths are appended to, for example {@code http://lxd}. */
  String baseUri();

  /** Creates a request for a method and a path with query under {@link #baseUri()}. */
  default Request newRequest(String method, String pathAndQuery) {
    Request request = httpClient().newRequest(URI.create(baseUri() + pathAndQuery));
    request.method(method);
    customize(request);
    return request;
  }

  /** Applies per-request settings such as the unix-domain transport. */
  void customize(Request request);

  /** Where the daemon is, for error messages: {@code unix socket /var/lib/lxd/unix.socket}. */
  String describe();

  /** Stops the client and its threads. */
  @Override
  void close();
}
