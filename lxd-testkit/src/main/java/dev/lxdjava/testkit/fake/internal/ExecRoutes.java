package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code exec}, {@code console} and {@code logs} under {@code /1.0/instances/{name}}. */
final class ExecRoutes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Daemon daemon;
  private final Lookups lookups;
  private final ExecSessions sessions;

  ExecRoutes(Daemon daemon, Lookups lookups, ExecSessions sessions) {
    this.daemon = daemon;
    this.lookups = lookups;
    this.sessions = sessions;
  }

  void register(Router router) {
    router.post("instances/{name}/exec", (request, params) -> exec(request, params.get("name")));
    router.post(
        "instances/{name}/console", (request, params) -> console(request, params.get("name")));
    router.get(
        "instances/{name}/console", (request, params) -> consoleLog(request, params.get("name")));
    router.delete(
        "instances/{name}/console",
        (request, params) -> {
          synchronized (daemon) {
            lookups.instance(request, params.get("name")).logs.remove("console");
          }
          return ApiReply.empty();
        });
    router.get("instances/{name}/logs", (request, params) -> logs(request, params.get("name")));
    router.get(
        "instances/{name}/logs/{file}",
        (request, params) -> log(request, params.get("name"), params.get("file")));
    router.delete(
        "instances/{name}/logs/{file}",
        (request, params) -> deleteLog(request, params.get("name"), params.get("file")));
  }

  private ApiReply exec(ApiRequest request, String name) {
    JsonNode body = request.json();
    List<String> command = Json.textList(body, "command");
    boolean interactive = Json.bool(body, "interactive");
    boolean websockets = Json.bool(body, "wait-for-websocket");
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      if (!instance.isRunning()) {
        throw LxdError.badRequest("Instance is not running");
      }
      if (instance.statusCode == Instance.FROZEN) {
        throw LxdError.badRequest("Instance is frozen");
      }
    }
    if (command.isEmpty()) {
      throw LxdError.badRequest("Command cannot be empty");
    }
    Map<String, String> environment = new TreeMap<>();
    environment.put("HOME", "/root");
    environment.put("LANG", "C.UTF-8");
    environment.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    environment.put("USER", "root");
    environment.putAll(Json.textMap(body, "environment"));
    String cwd = Json.text(body, "cwd");
    ExecSession.Spec spec =
        new ExecSession.Spec(
            command,
            environment,
            cwd.isEmpty() ? environment.get("HOME") : cwd,
            interactive,
            Json.bool(body, "record-output"),
            false,
            (int) Json.number(body, "width", 80),
            (int) Json.number(body, "height", 24),
            (int) Json.number(body, "user", 0),
            (int) Json.number(body, "group", 0));
    Map<String, String> secrets = new LinkedHashMap<>();
    ObjectNode metadata = null;
    if (websockets) {
      List<String> fds = interactive ? List.of("0", "control") : List.of("0", "1", "2", "control");
      fds.forEach(fd -> secrets.put(fd, secret()));
      metadata = Json.object();
      metadata.set("command", Json.strings(command));
      metadata.set("environment", Json.stringMap(environment));
      metadata.set("fds", Json.stringMap(secrets));
      metadata.put("interactive", interactive);
    }
    Operation operation =
        daemon.operations.open(
            instance.project,
            websockets ? "websocket" : "task",
            "Executing command",
            Lookups.instanceResources(instance),
            metadata,
            false);
    ExecSession session = new ExecSession(daemon, sessions, operation, instance, spec, secrets);
    sessions.add(session);
    ObjectNode context = Json.object();
    context.set("command", Json.strings(command));
    daemon.events.lifecycle(instance.project, "instance-exec", instance.url(), context, null);
    if (!websockets) {
      session.start();
    }
    return ApiReply.async(operation);
  }

  private ApiReply console(ApiRequest request, String name) {
    JsonNode body = request.json();
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      if (!instance.isRunning()) {
        throw LxdError.badRequest("Instance is not running");
      }
    }
    String type = Json.text(body, "type");
    if (!type.isEmpty() && !type.equals("console")) {
      throw LxdError.badRequest("Unknown console type " + type);
    }
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("0", secret());
    secrets.put("control", secret());
    ObjectNode metadata = Json.object();
    metadata.set("fds", Json.stringMap(secrets));
    Operation operation =
        daemon.operations.open(
            instance.project,
            "websocket",
            "Showing console",
            Lookups.instanceResources(instance),
            metadata,
            false);
    ExecSession.Spec spec =
        new ExecSession.Spec(
            List.of("sh"),
            Map.of("HOME", "/root", "TERM", "linux", "PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
            "/root",
            true,
            false,
            true,
            (int) Json.number(body, "width", 80),
            (int) Json.number(body, "height", 24),
            0,
            0);
    sessions.add(new ExecSession(daemon, sessions, operation, instance, spec, secrets));
    return ApiReply.async(operation);
  }

  private ApiReply consoleLog(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      byte[] log = instance.logs.getOrDefault("console", new byte[0]);
      return new ApiReply.Raw(200, "application/octet-stream", log, Map.of());
    }
  }

  private ApiReply logs(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      ArrayNode urls = Json.array();
      for (String file : instance.logs.keySet()) {
        if (!file.equals("console")) {
          urls.add("/1.0/instances/" + instance.name + "/logs/" + file);
        }
      }
      return ApiReply.ok(urls);
    }
  }

  private ApiReply log(ApiRequest request, String name, String file) {
    synchronized (daemon) {
      byte[] content = lookups.instance(request, name).logs.get(file);
      if (content == null || file.equals("console")) {
        throw LxdError.notFound("not found");
      }
      return new ApiReply.Raw(200, "application/octet-stream", content, Map.of());
    }
  }

  private ApiReply deleteLog(ApiRequest request, String name, String file) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      if (file.equals("lxc.log") || file.equals("lxc.conf")) {
        throw LxdError.badRequest("lxc.log and lxc.conf may not be deleted");
      }
      if (!file.startsWith("exec_")) {
        throw LxdError.badRequest("log file name " + file + " not valid");
      }
      if (instance.logs.remove(file) == null) {
        throw LxdError.notFound("not found");
      }
      return ApiReply.empty();
    }
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
