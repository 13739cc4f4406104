package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code /}, {@code /1.0} and the small server-wide endpoints. */
final class ServerRoutes {
  /** The version the fake reports, the LXD release it copies. */
  static final String VERSION = "5.0.2";

  private static final List<String> EXTENSIONS = loadExtensions();

  private final Daemon daemon;

  ServerRoutes(Daemon daemon) {
    this.daemon = daemon;
  }

  private static List<String> loadExtensions() {
    try (InputStream in =
        ServerRoutes.class.getResourceAsStream("/dev/lxdjava/testkit/fake/api-extensions.txt")) {
      if (in == null) {
        throw new IllegalStateException("api-extensions.txt is missing from the testkit jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void register(Router router) {
    router.get("", (request, params) -> info(request));
    router.put("", (request, params) -> update(request, false));
    router.patch("", (request, params) -> update(request, true));
    router.get("resources", (request, params) -> ApiReply.ok(resources()));
    router.get("warnings", (request, params) -> ApiReply.ok(Json.array()));
    router.get("cluster", (request, params) -> ApiReply.ok(cluster()));
  }

  /** {@code GET /1.0}, for trusted and untrusted callers. */
  ApiReply info(ApiRequest request) {
    ObjectNode node = Json.object();
    boolean trusted = request.caller().trusted();
    synchronized (daemon) {
      node.set("config", trusted ? Json.stringMap(daemon.config) : Json.object());
    }
    node.set("api_extensions", Json.strings(EXTENSIONS));
    node.put("api_status", "stable");
    node.put("api_version", "1.0");
    node.put("auth", trusted ? "trusted" : "untrusted");
    node.put("public", false);
    node.set("auth_methods", Json.strings(List.of("tls")));
    if (trusted) {
      node.set("environment", environment(request.project()));
    }
    String etag;
    synchronized (daemon) {
      etag = Etags.of(daemon.config);
    }
    return ApiReply.tagged(node, etag);
  }

  private ObjectNode environment(String project) {
    ObjectNode env = Json.object();
    ArrayNode addresses = env.putArray("addresses");
    if (!daemon.httpsAddress.isEmpty()) {
      addresses.add(daemon.httpsAddress);
    }
    env.set("architectures", Json.strings(List.of("x86_64", "i686")));
    env.put("certificate", daemon.certificatePem);
    env.put("certificate_fingerprint", daemon.certificateFingerprint);
    env.put("driver", "lxc");
    env.put("driver_version", VERSION);
    env.put("firewall", "nftables");
    env.put("kernel", "Linux");
    env.put("kernel_architecture", "x86_64");
    env.putObject("kernel_features").put("idmapped_mounts", "true");
    env.put("kernel_version", System.getProperty("os.version", ""));
    env.putObject("lxc_features").put("cgroup2", "true");
    env.put("os_name", "fake LXD");
    env.put("os_version", VERSION);
    env.put("project", project);
    env.put("server", "lxd");
    env.put("server_clustered", false);
    env.put("server_event_mode", "full-mesh");
    env.put("server_name", daemon.settings.serverName());
    env.put("server_pid", ProcessHandle.current().pid());
    env.put("server_version", VERSION);
    env.put("storage", "dir");
    env.put("storage_version", "1");
    ObjectNode driver = env.putArray("storage_supported_drivers").addObject();
    driver.put("Name", "dir");
    driver.put("Version", "1");
    driver.put("Remote", false);
    return env;
  }

  private ApiReply update(ApiRequest request, boolean merge) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Etags.check(request, Etags.of(daemon.config));
      Map<String, String> config = new TreeMap<>(merge ? daemon.config : Map.of());
      config.putAll(Json.textMap(body, "config"));
      // An empty value removes the key, as in LXD.
      config.values().removeIf(String::isEmpty);
      ConfigKeys.checkServer(config);
      if (!daemon.httpsAddress.isEmpty()) {
        config.put("core.https_address", daemon.httpsAddress);
      }
      daemon.config.clear();
      daemon.config.putAll(config);
      daemon.events.lifecycle("default", "config-updated", "/1.0", null, request.caller());
    }
    return ApiReply.empty();
  }

  /**
   * {@code GET /1.0/resources} in LXD 5.0's shape: one CPU socket with one thread per core for each
   * processor the JVM reports, the JVM's memory, one virtual disk, and no GPU, network, USB or PCI
   * devices.
   */
  private static ObjectNode resources() {
    int processors = Runtime.getRuntime().availableProcessors();
    ObjectNode node = Json.object();
    ObjectNode cpu = node.putObject("cpu");
    cpu.put("architecture", "x86_64");
    ObjectNode socket = cpu.putArray("sockets").addObject();
    socket.put("name", "Fake CPU");
    socket.put("vendor", "lxd-java");
    socket.put("socket", 0);
    ArrayNode cores = socket.putArray("cores");
    for (int i = 0; i < processors; i++) {
      ObjectNode core = cores.addObject();
      core.put("core", i);
      core.put("die", 0);
      ObjectNode thread = core.putArray("threads").addObject();
      thread.put("id", i);
      thread.put("numa_node", 0);
      thread.put("thread", 0);
      thread.put("online", true);
      thread.put("isolated", false);
    }
    cpu.put("total", processors);
    Runtime runtime = Runtime.getRuntime();
    ObjectNode memory = node.putObject("memory");
    memory.put("hugepages_total", 0);
    memory.put("hugepages_used", 0);
    memory.put("hugepages_size", 2097152);
    memory.put("used", Math.max(1, runtime.totalMemory() - runtime.freeMemory()));
    memory.put("total", runtime.maxMemory());
    ObjectNode storage = node.putObject("storage");
    ObjectNode disk = storage.putArray("disks").addObject();
    disk.put("id", "vda");
    disk.put("device", "254:0");
    disk.put("type", "virtio");
    disk.put("read_only", false);
    disk.put("size", 64L * 1024 * 1024 * 1024);
    disk.put("removable", false);
    disk.putArray("partitions");
    storage.put("total", 1);
    for (String family : List.of("gpu", "network", "usb", "pci")) {
      ObjectNode devices = node.putObject(family);
      devices.putArray(family.equals("usb") || family.equals("pci") ? "devices" : "cards");
      devices.put("total", 0);
    }
    node.putObject("system").put("type", "physical");
    return node;
  }

  private static ObjectNode cluster() {
    ObjectNode node = Json.object();
    node.put("server_name", "");
    node.put("enabled", false);
    node.putArray("member_config");
    return node;
  }
}
