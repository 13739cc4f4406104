package dev.lxdjava.transport.internal;

import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;

/**
 * How requests reach one daemon: a pooled Jetty client plus what each request needs to take the
 * right path (a unix-domain transport, or TLS to a host). One connection serves all scoped views.
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
