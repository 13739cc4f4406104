package dev.lxdjava.testkit.fake;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.Connectors;
import dev.lxdjava.testkit.fake.internal.ApiHandler;
import dev.lxdjava.testkit.fake.internal.Daemon;
import dev.lxdjava.testkit.fake.internal.FaultPlan;
import dev.lxdjava.testkit.fake.internal.HttpFront;
import dev.lxdjava.testkit.fake.internal.SelfSigned;
import dev.lxdjava.testkit.fake.internal.WebSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * A fake LXD daemon in this JVM: LXD 5.0's REST API and WebSockets over a unix socket (and,
 * optionally, TLS on 127.0.0.1), with in-memory state, fault injection and a log of every request.
 * It starts with what {@code scripts/lxd-setup.sh} prepares on a real host: a {@code dir} pool
 * {@code default} in the default profile, a bridge {@code lxdjtbr0} and a busybox-like image with
 * the alias {@code lxdjava-busybox}.
 *
 * <pre>{@code
 * try (FakeLxd fake = FakeLxd.start(); Lxd lxd = fake.connect()) {
 *   lxd.instances().create(InstanceCreate.builder("web1").image("lxdjava-busybox").build()).await();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Many fakes can run in one JVM; each has its own socket and state.
 */
public final class FakeLxd implements AutoCloseable {
  /** Alias of the image every fake starts with. */
  public static final String IMAGE_ALIAS = "lxdjava-busybox";

  private final Daemon daemon;
  private final HttpFront front;
  private final Path socket;
  private final Path ownedDirectory;
  private final RecordedRequests requests;
  private final Faults faults;

  private FakeLxd(Builder builder) {
    this.daemon =
        new Daemon(new Daemon.Settings(builder.retention, builder.serverName, builder.withImage));
    this.requests = new RecordedRequests();
    FaultPlan plan = new FaultPlan();
    WebSockets webSockets = new WebSockets();
    this.faults = new Faults(plan, webSockets, daemon);
    try {
      if (builder.socket == null) {
        ownedDirectory = Files.createTempDirectory("fake-lxd");
        socket = ownedDirectory.resolve("unix.socket");
      } else {
        ownedDirectory = null;
        socket = builder.socket;
      }
    } catch (IOException e) {
      daemon.close();
      throw new UncheckedIOException("cannot create a directory for the fake LXD socket", e);
    }
    ApiHandler handler = new ApiHandler(daemon, plan, requests, webSockets);
    try {
      this.front =
          new HttpFront(
              daemon, handler, webSockets, socket, builder.tls, builder.requireClientCertificate);
    } catch (RuntimeException e) {
      daemon.close();
      deleteOwnedDirectory();
      throw e;
    }
  }

  /** Starts a fake with the defaults: unix socket in a new temporary directory, and TLS. */
  public static FakeLxd start() {
    return builder().start();
  }

  /** Starts a builder for other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the unix socket the fake listens on. */
  public Path socketPath() {
    return socket;
  }

  /**
   * Returns the TLS port on 127.0.0.1.
   *
   * @throws IllegalStateException when the fake was started without TLS
   */
  public int tlsPort() {
    if (front.tlsPort() == 0) {
      throw new IllegalStateException("the fake LXD was started without TLS");
    }
    return front.tlsPort();
  }

  /** Returns the TLS address as a URL, for example {@code https://127.0.0.1:41234}. */
  public String tlsUrl() {
    return "https://127.0.0.1:" + tlsPort();
  }

  /** Returns the certificate the TLS listener presents (shared by all fakes in this JVM). */
  public X509Certificate serverCertificate() {
    return SelfSigned.server().certificate();
  }

  /** Returns the server certificate in PEM form, for pinning it in a client. */
  public String serverCertificatePem() {
    return SelfSigned.server().certificatePem();
  }

  /**
   * Adds a client certificate to the trust store, as {@code lxc config trust add} does. TLS clients
   * presenting it are trusted from the next request on.
   */
  public void trust(String name, X509Certificate certificate) {
    daemon.trust(name, certificate);
  }

  /** Sets {@code core.trust_password}, which LXD 5.0 accepts to enrol a client certificate. */
  public void trustPassword(String password) {
    daemon.trustPassword(password);
  }

  /** Returns the log of every request received so far. */
  public RecordedRequests requests() {
    return requests;
  }

  /** Returns the fault injection controls. */
  public Faults faults() {
    return faults;
  }

  /**
   * Returns the events published so far (at most the latest 1000), each as LXD's JSON text, oldest
   * first.
   */
  public List<String> events() {
    return daemon.events().recent().stream().map(Object::toString).toList();
  }

  /**
   * Restarts the daemon: stops listening for {@code downtime}, drops every connection, event
   * listener and exec stream, drops all operations, then listens again on the same socket and port.
   * Instances and other objects stay, as they do when LXD restarts.
   */
  public void restart(Duration downtime) {
    front.restart(downtime);
  }

  /** Deletes every object and operation and restores the start state; the request log stays. */
  public void reset() {
    daemon.reset();
  }

  /**
   * Connects the SDK to this fake over its unix socket, with the transport found through {@link
   * java.util.ServiceLoader} ({@code lxd-transport} must be on the class path). The caller closes
   * the returned connection.
   */
  public Lxd connect() {
    return Connectors.find().connectUnixSocket(socket);
  }

  /** Stops the server and deletes its socket. */
  @Override
  public void close() {
    front.close();
    daemon.close();
    deleteOwnedDirectory();
  }

  private void deleteOwnedDirectory() {
    if (ownedDirectory == null) {
      return;
    }
    try {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(ownedDirectory);
    } catch (IOException ignored) {
      // A leftover empty temporary directory does no harm.
    }
  }

  @Override
  public String toString() {
    return "FakeLxd[" + socket + (front.tlsPort() == 0 ? "" : ", " + tlsUrl()) + "]";
  }

  /** Settings of a fake. */
  public static final class Builder {
    private Path socket;
    private boolean tls = true;
    private boolean requireClientCertificate;
    private boolean withImage = true;
    private Duration retention = Duration.ofSeconds(5);
    private String serverName = "fake-lxd";

    private Builder() {}

    /** Listens on this socket path instead of one in a new temporary directory. */
    public Builder socketPath(Path value) {
      this.socket = value;
      return this;
    }

    /** Sets whether to listen on 127.0.0.1 with TLS too (default true). */
    public Builder tls(boolean value) {
      this.tls = value;
      return this;
    }

    /**
     * Sets whether the TLS handshake rejects clients without a certificate (default false: like
     * LXD, the fake accepts them as untrusted, so {@code GET /1.0} reports {@code auth:
     * untrusted}).
     */
    public Builder requireClientCertificate(boolean value) {
      this.requireClientCertificate = value;
      return this;
    }

    /**
     * Sets whether the fake starts with the pool, bridge and busybox image of {@code
     * scripts/lxd-setup.sh} (default true). Without them it is an empty LXD.
     */
    public Builder withBusyboxSetup(boolean value) {
      this.withImage = value;
      return this;
    }

    /** Sets how long finished operations stay readable (default 5 s, as in LXD). */
    public Builder operationRetention(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("retention must not be negative, got " + value);
      }
      this.retention = value;
      return this;
    }

    /** Sets the server name the fake reports (default {@code fake-lxd}). */
    public Builder serverName(String value) {
      this.serverName = value;
      return this;
    }

    /** Starts the fake. */
    public FakeLxd start() {
      return new FakeLxd(this);
    }
  }
}
