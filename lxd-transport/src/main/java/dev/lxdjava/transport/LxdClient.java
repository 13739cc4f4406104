package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Scope;
import dev.lxdjava.transport.internal.Connection;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.RestLxd;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens connections to LXD. Every {@link Lxd} it returns owns one pooled HTTP client; close it when
 * done.
 *
 * <pre>{@code
 * try (Lxd lxd = LxdClient.connect()) {
 *   lxd.instances().start("web1").await();
 * }
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

  /** Options of a connection. */
  public static final class Builder {
    private Path socket;
    private String project = Scope.DEFAULT.project();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofMinutes(2);

    private Builder() {}

    /** Uses this unix socket instead of the detected one. */
    public Builder unixSocket(Path value) {
      this.socket = value;
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

    /** Opens the connection. */
    public Lxd build() {
      Scope scope = Scope.DEFAULT.withProject(project);
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
      Connection connection = UnixSocketConnection.open(path, connectTimeout);
      return new RestLxd(
          new RestClient(connection, JsonSupport.mapper(), requestTimeout), scope, true);
    }
  }
}
