package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdTransportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.io.Transport;

/**
 * Reaches LXD through its unix socket with the JDK's unix-domain channels (JEP 380). LXD trusts
 * every client of the socket, so no credentials are sent.
 */
public final class UnixSocketConnection implements Connection {
  private final Path socket;
  private final HttpClient client;

  private UnixSocketConnection(Path socket, HttpClient client) {
    this.socket = socket;
    this.client = client;
  }

  /**
   * Opens a connection pool to the socket. Fails at once when the file is missing, so a wrong path
   * does not show up later as a timeout.
   */
  public static UnixSocketConnection open(Path socket, Duration connectTimeout) {
    if (!Files.exists(socket)) {
      throw new LxdTransportException(
          "LXD socket " + socket + " does not exist: is LXD installed and running?");
    }
    if (Files.isRegularFile(socket) || Files.isDirectory(socket)) {
      throw new LxdTransportException(
          "LXD socket " + socket + " is a regular file or a folder, not a unix socket");
    }
    if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
      throw new LxdTransportException(
          "no permission to use LXD socket "
              + socket
              + ": run as root or as a member of the group that owns it");
    }
    HttpClient client = JettyClients.start(new HttpClient(), "lxd-unix", connectTimeout);
    return new UnixSocketConnection(socket, client);
  }

  /** The socket path. */
  public Path socket() {
    return socket;
  }

  @Override
  public HttpClient httpClient() {
    return client;
  }

  @Override
  public String baseUri() {
    // The host name is not used for routing over a unix socket; LXD ignores it.
    return "http://lxd";
  }

  @Override
  public void customize(Request request) {
    request.transport(new Transport.TCPUnix(socket));
  }

  @Override
  public String describe() {
    return "unix socket " + socket;
  }

  @Override
  public void close() {
    JettyClients.stop(client);
  }
}
