package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /1.0/images}: an uploaded unified tarball, or an image published from an instance or
 * snapshot. Both run in a "Downloading image" operation whose metadata names the fingerprint.
 */
final class ImagePublishing {
  private final Daemon daemon;
  private final Lookups lookups;

  ImagePublishing(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  ApiReply create(ApiRequest request) {
    Project store;
    synchronized (daemon) {
      store = daemon.images(lookups.project(request, "Failed loading project: Project not found"));
    }
    boolean json = request.header("Content-Type").startsWith("application/json");
    if (!json && request.body().length > 0 && request.body()[0] != '{') {
      return upload(request, store);
    }
    JsonNode body = request.json();
    JsonNode source = body.path("source");
    String type = source.isObject() ? Json.text(source, "type") : "";
    if (!type.equals("instance") && !type.equals("container") && !type.equals("snapshot")) {
      if (type.equals("image") || type.equals("url")) {
        // NOTE: the fake reaches no image server; copying or downloading images always fails.
        return start(
            request,
            store,
            op -> {
              throw LxdError.badRequest(
                  "Failed getting remote image info: the fake LXD does not reach image servers such as "
                      + Json.text(source, "server")
                      + Json.text(source, "url"));
            });
      }
      throw LxdError.badRequest("Invalid images JSON");
    }
    String name = Json.text(source, "name");
    Instance instance;
    Instance.Snapshot snapshot = null;
    synchronized (daemon) {
      String[] parts = name.split("/", 2);
      instance = lookups.instance(request, parts[0]);
      if (parts.length == 2 || type.equals("snapshot")) {
        snapshot = parts.length == 2 ? instance.snapshots.get(parts[1]) : null;
        if (snapshot == null) {
          throw LxdError.notFound("Instance snapshot not found");
        }
      }
    }
    FileTree files = snapshot == null ? instance.files : snapshot.files;
    Map<String, String> properties = Json.textMap(body, "properties");
    return start(
        request,
        store,
        op -> {
          byte[] tarball;
          synchronized (daemon) {
            tarball = tarball(instance, files, properties);
          }
          return add(
              store,
              ImageFiles.read(tarball, Json.text(body, "filename"), Map.of()),
              body,
              request.caller());
        });
  }

  private ApiReply upload(ApiRequest request, Project store) {
    byte[] content = request.body();
    String expected = request.header("X-LXD-fingerprint");
    Map<String, String> properties = parseProperties(request.header("X-LXD-properties"));
    ObjectNode body = Json.object();
    body.put(
        "public",
        request.header("X-LXD-public").equals("true")
            || request.header("X-LXD-public").equals("1"));
    return start(
        request,
        store,
        op -> {
          Image image = read(request, content, properties);
          if (!expected.isEmpty() && !expected.equals(image.fingerprint)) {
            throw LxdError.badRequest(
                "Fingerprints don't match, got " + image.fingerprint + " expected " + expected);
          }
          return add(store, image, body, request.caller());
        });
  }

  private static Image read(ApiRequest request, byte[] content, Map<String, String> properties) {
    String filename = request.header("X-LXD-filename");
    String contentType = request.header("Content-Type");
    if (!MultipartBody.isMultipart(contentType)) {
      return ImageFiles.read(content, filename, properties);
    }
    Map<String, MultipartBody.Part> parts = MultipartBody.parse(contentType, request.body());
    MultipartBody.Part metadata = parts.get("metadata");
    MultipartBody.Part rootfs = parts.getOrDefault("rootfs", parts.get("rootfs.img"));
    if (metadata == null || rootfs == null) {
      throw LxdError.badRequest("Invalid multipart image: parts " + parts.keySet());
    }
    return ImageFiles.readSplit(metadata.content(), rootfs.content(), filename, properties);
  }

  private static Map<String, String> parseProperties(String header) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String pair : header.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        properties.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return properties;
  }

  private ApiReply start(ApiRequest request, Project store, Operations.Body body) {
    return ApiReply.async(
        daemon.operations.start(
            request.project(), "task", "Downloading image", null, null, false, body, () -> {}));
  }

  private JsonNode add(Project store, Image image, JsonNode body, ApiRequest.Caller caller) {
    synchronized (daemon) {
      if (store.images.containsKey(image.fingerprint)) {
        throw LxdError.conflict("Image with same fingerprint already exists");
      }
      image.isPublic = Json.bool(body, "public");
      image.autoUpdate = Json.bool(body, "auto_update");
      List<String[]> aliases = new ArrayList<>();
      for (JsonNode alias : body.path("aliases")) {
        String aliasName = Json.text(alias, "name");
        if (store.aliases.containsKey(aliasName)) {
          throw LxdError.conflict("Alias \"" + aliasName + "\" already exists");
        }
        aliases.add(new String[] {aliasName, Json.text(alias, "description")});
      }
      store.images.put(image.fingerprint, image);
      for (String[] alias : aliases) {
        store.aliases.put(
            alias[0], new Image.Alias(alias[0], alias[1], image.fingerprint, image.type));
      }
      daemon.events.lifecycle(
          store.name, "image-created", ImageRoutes.url(store, image.fingerprint), null, caller);
      ObjectNode metadata = Json.object();
      metadata.put("fingerprint", image.fingerprint);
      metadata.put("size", image.content.length);
      return metadata;
    }
  }

  /** A unified image tarball of an instance's (or snapshot's) files. */
  private static byte[] tarball(Instance instance, FileTree files, Map<String, String> extra) {
    List<Tarball.Entry> entries = new ArrayList<>();
    StringBuilder metadata = new StringBuilder();
    // Each publish gets its own id, so equal file systems still give distinct fingerprints.
    metadata.append("# published ").append(java.util.UUID.randomUUID()).append('\n');
    metadata.append("architecture: ").append(instance.architecture).append('\n');
    metadata
        .append("creation_date: ")
        .append(java.time.Instant.now().getEpochSecond())
        .append('\n');
    metadata.append("properties:\n");
    Map<String, String> properties = new LinkedHashMap<>();
    instance.config.forEach(
        (key, value) -> {
          if (key.startsWith("image.")) {
            properties.put(key.substring("image.".length()), value);
          }
        });
    properties.putAll(extra);
    properties.forEach(
        (key, value) -> metadata.append("  ").append(key).append(": ").append(value).append('\n'));
    entries.add(
        new Tarball.Entry(
            "metadata.yaml",
            "file",
            0644,
            0,
            0,
            metadata.toString().getBytes(StandardCharsets.UTF_8)));
    for (String path : files.paths()) {
      FileTree.Node node = files.find(path);
      String name = "rootfs" + (path.equals("/") ? "" : path);
      entries.add(new Tarball.Entry(name, node.type, node.mode, node.uid, node.gid, node.content));
    }
    return Tarball.write(entries);
  }
}
