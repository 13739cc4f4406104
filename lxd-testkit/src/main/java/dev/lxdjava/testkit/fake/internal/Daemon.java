package dev.lxdjava.testkit.fake.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake daemon's state: projects with their objects, storage pools, the trust store and server
 * configuration, plus the operation registry and the event hub. Routes change state only while
 * holding the daemon's monitor ({@code synchronized (daemon)}).
 */
public final class Daemon implements AutoCloseable {
  /**
   * How a daemon starts.
   *
   * @param retention how long finished operations stay readable (LXD: about 5 s)
   * @param serverName the host name LXD reports
   * @param withBusybox whether the busybox-like image and the setup of {@code scripts/lxd-setup.sh}
   *     (pool {@code default}, bridge {@code lxdjtbr0}) are there at start
   */
  public record Settings(Duration retention, String serverName, boolean withBusybox) {}

  final Settings settings;
  final Events events = new Events();
  final Operations operations;
  final ExecutorService workers;
  final ScheduledExecutorService scheduler;
  final Map<String, Project> projects = new LinkedHashMap<>();
  final Map<String, Storage.Pool> pools = new LinkedHashMap<>();
  final Map<String, TrustedCertificate> certificates = new LinkedHashMap<>();
  final Map<String, String> config = new TreeMap<>();

  /** The value of {@code core.trust_password}, empty when unset. */
  String trustPassword = "";

  /** The TLS listener's address once it runs, for {@code core.https_address} and tokens. */
  volatile String httpsAddress = "";

  /** The server certificate in PEM form and its fingerprint, empty without TLS. */
  volatile String certificatePem = "";

  volatile String certificateFingerprint = "";

  public Daemon(Settings settings) {
    this.settings = settings;
    this.workers = Executors.newCachedThreadPool(threads("fake-lxd-worker"));
    this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("fake-lxd-timer"));
    this.operations = new Operations(events, workers, scheduler, settings.retention());
    seed();
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The event hub, for the control handle. */
  public Events events() {
    return events;
  }

  /** Makes operations started from now on wait before they work; zero for none. */
  public void delayOperations(Duration delay) {
    operations.delay(delay);
  }

  /** Removes every object and operation and seeds the start state again. */
  public synchronized void reset() {
    operations.clear();
    projects.clear();
    pools.clear();
    certificates.clear();
    config.clear();
    trustPassword = "";
    seed();
  }

  /** Forgets operations as a restarted LXD does; instances and other objects stay. */
  public void forgetOperations() {
    operations.clear();
  }

  private void seed() {
    Map<String, String> features = new TreeMap<>();
    for (String feature : List.of("images", "networks", "profiles", "storage.volumes")) {
      features.put("features." + feature, "true");
    }
    Project main = new Project("default", "Default LXD project", features);
    projects.put("default", main);
    main.networks.put("lo", new Network("lo", "", "loopback", false, Map.of(), ""));
    main.networks.put(
        "eth0", new Network("eth0", "", "physical", false, Map.of(), "00:16:3e:00:00:01"));
    Map<String, Map<String, String>> devices = new TreeMap<>();
    if (settings.withBusybox()) {
      pools.put(
          "default",
          new Storage.Pool(
              "default", "", "dir", Map.of("source", "/var/lib/lxd/storage-pools/default")));
      devices.put("root", new TreeMap<>(Map.of("path", "/", "pool", "default", "type", "disk")));
      main.networks.put(
          "lxdjtbr0",
          new Network(
              "lxdjtbr0",
              "",
              "bridge",
              true,
              Map.of("ipv4.address", "none", "ipv6.address", "none"),
              "00:16:3e:00:00:02"));
      Image busybox = ImageFiles.busybox();
      main.images.put(busybox.fingerprint, busybox);
      main.aliases.put(
          ImageFiles.BUSYBOX_ALIAS,
          new Image.Alias(ImageFiles.BUSYBOX_ALIAS, "", busybox.fingerprint, busybox.type));
    }
    main.profiles.put("default", new Profile("default", "Default LXD profile", Map.of(), devices));
    if (!httpsAddress.isEmpty()) {
      config.put("core.https_address", httpsAddress);
    }
  }

  /** Adds a client certificate to the trust store. */
  public synchronized void trust(String name, java.security.cert.X509Certificate certificate) {
    String fingerprint = Trust.fingerprint(certificate);
    try {
      String der = java.util.Base64.getEncoder().encodeToString(certificate.getEncoded());
      certificates.put(
          fingerprint, new TrustedCertificate(name, fingerprint, "client", der, false, List.of()));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalArgumentException("cannot encode certificate " + name, e);
    }
  }

  /** Sets the trust password; LXD shows only that one is set. */
  public synchronized void trustPassword(String password) {
    trustPassword = password;
    if (password.isEmpty()) {
      config.remove("core.trust_password");
    } else {
      config.put("core.trust_password", "true");
    }
  }

  /** A project by name. */
  Optional<Project> project(String name) {
    return Optional.ofNullable(projects.get(name));
  }

  /** The project whose profiles a project uses: itself with {@code features.profiles}. */
  Project profiles(Project project) {
    return project.has("profiles") ? project : projects.get("default");
  }

  Project images(Project project) {
    return project.has("images") ? project : projects.get("default");
  }

  Project networks(Project project) {
    return project.has("networks") ? project : projects.get("default");
  }

  /** The project name under which a project's custom volumes are kept. */
  String volumes(Project project) {
    return project.has("storage.volumes") ? project.name : "default";
  }

  @Override
  public void close() {
    operations.clear();
    workers.shutdownNow();
    scheduler.shutdownNow();
  }
}
