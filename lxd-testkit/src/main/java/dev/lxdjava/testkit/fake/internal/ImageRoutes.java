package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /1.0/images}: list, read, update, delete, export, and create from an uploaded tarball or
 * by publishing an instance or snapshot. Untrusted callers see public images only.
 */
final class ImageRoutes {
  private final Daemon daemon;
  private final Lookups lookups;
  private final ImagePublishing publishing;

  ImageRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
    this.publishing = new ImagePublishing(daemon, lookups);
  }

  void register(Router router) {
    router.get("images", (request, params) -> list(request));
    router.post("images", (request, params) -> publishing.create(request));
    router.get(
        "images/{fingerprint}", (request, params) -> get(request, params.get("fingerprint")));
    router.put(
        "images/{fingerprint}", (request, params) -> update(request, params.get("fingerprint")));
    router.patch(
        "images/{fingerprint}", (request, params) -> update(request, params.get("fingerprint")));
    router.delete(
        "images/{fingerprint}", (request, params) -> delete(request, params.get("fingerprint")));
    router.get(
        "images/{fingerprint}/export",
        (request, params) -> export(request, params.get("fingerprint")));
  }

  Project store(ApiRequest request) {
    return daemon.images(
        lookups.project(
            request, "Failed loading project \"" + request.project() + "\": Project not found"));
  }

  /** The image whose fingerprint starts with {@code prefix}, as LXD resolves short fingerprints. */
  static Image find(Project store, String prefix, boolean trusted) {
    List<Image> matches = new ArrayList<>();
    for (Image image : store.images.values()) {
      if (image.fingerprint.startsWith(prefix) && (trusted || image.isPublic)) {
        matches.add(image);
      }
    }
    if (matches.isEmpty() || prefix.isEmpty()) {
      throw LxdError.notFound("Image not found");
    }
    if (matches.size() > 1) {
      throw LxdError.badRequest("More than one image matches");
    }
    return matches.get(0);
  }

  static ObjectNode view(Project store, Image image) {
    ObjectNode node = Json.object();
    node.put("auto_update", image.autoUpdate);
    node.set("properties", Json.stringMap(image.properties));
    node.put("public", image.isPublic);
    node.put("expires_at", image.expiresAt == null ? Times.EPOCH : Times.format(image.expiresAt));
    node.set("profiles", Json.strings(image.profiles));
    ArrayNode aliases = node.putArray("aliases");
    for (Image.Alias alias : store.aliases.values()) {
      if (alias.target.equals(image.fingerprint)) {
        ObjectNode entry = aliases.addObject();
        entry.put("name", alias.name);
        entry.put("description", alias.description);
      }
    }
    node.put("architecture", image.architecture);
    node.put("cached", false);
    node.put("filename", image.filename);
    node.put("fingerprint", image.fingerprint);
    node.put("size", image.content.length);
    node.put("type", image.type);
    node.put("created_at", Times.seconds(image.createdAt));
    node.put("last_used_at", Times.format(image.lastUsedAt));
    node.put("uploaded_at", Times.format(image.uploadedAt));
    return node;
  }

  static String url(Project store, String fingerprint) {
    return Lookups.url(store.name, "/1.0/images/" + fingerprint);
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      Project store = store(request);
      ListFilter filter = ListFilter.parse(request.param("filter"));
      ArrayNode result = Json.array();
      for (Image image : store.images.values()) {
        if (!request.caller().trusted() && !image.isPublic) {
          continue;
        }
        ObjectNode view = view(store, image);
        if (!filter.matches(view)) {
          continue;
        }
        if (request.recursion() == 0) {
          result.add(url(store, image.fingerprint));
        } else {
          result.add(view);
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(ApiRequest request, String fingerprint) {
    synchronized (daemon) {
      Project store = store(request);
      Image image = find(store, fingerprint, request.caller().trusted());
      return ApiReply.tagged(view(store, image), image.etag());
    }
  }

  private ApiReply update(ApiRequest request, String fingerprint) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Project store = store(request);
      Image image = find(store, fingerprint, true);
      Etags.check(request, image.etag());
      boolean merge = request.method().equals("PATCH");
      if (!merge || body.has("properties")) {
        Map<String, String> properties = new TreeMap<>(merge ? image.properties : Map.of());
        properties.putAll(Json.textMap(body, "properties"));
        image.properties = properties;
      }
      if (!merge || body.has("public")) {
        image.isPublic = Json.bool(body, "public");
      }
      if (!merge || body.has("auto_update")) {
        image.autoUpdate = Json.bool(body, "auto_update");
      }
      if (!merge || body.has("expires_at")) {
        image.expiresAt = Times.parse(Json.text(body, "expires_at"));
      }
      if (body.hasNonNull("profiles")) {
        image.profiles = Json.textList(body, "profiles");
      }
      daemon.events.lifecycle(
          store.name, "image-updated", url(store, image.fingerprint), null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply delete(ApiRequest request, String fingerprint) {
    Project store;
    Image image;
    synchronized (daemon) {
      store = store(request);
      image = find(store, fingerprint, true);
    }
    ApiRequest.Caller caller = request.caller();
    return ApiReply.async(
        daemon.operations.start(
            request.project(),
            "task",
            "Deleting image",
            Map.of("images", List.of("/1.0/images/" + image.fingerprint)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (store.images.remove(image.fingerprint) != null) {
                  store.aliases.values().removeIf(alias -> alias.target.equals(image.fingerprint));
                  daemon.events.lifecycle(
                      store.name, "image-deleted", url(store, image.fingerprint), null, caller);
                }
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply export(ApiRequest request, String fingerprint) {
    synchronized (daemon) {
      Project store = store(request);
      Image image = find(store, fingerprint, request.caller().trusted());
      daemon.events.lifecycle(
          store.name, "image-retrieved", url(store, image.fingerprint), null, request.caller());
      if (image.rootfsContent != null) {
        String boundary = image.fingerprint.substring(0, 32);
        byte[] body =
            MultipartBody.write(
                boundary,
                new MultipartBody.Part(
                    "metadata", "meta-" + image.fingerprint + ".tar.gz", image.content),
                new MultipartBody.Part(
                    "rootfs", image.fingerprint + ".tar.gz", image.rootfsContent));
        return new ApiReply.Raw(200, "multipart/form-data; boundary=" + boundary, body, Map.of());
      }
      return new ApiReply.Raw(
          200,
          "application/octet-stream",
          image.content,
          Map.of(
              "Content-Disposition",
              "inline;filename=" + image.fingerprint + ".tar.gz",
              "Accept-Ranges",
              "bytes"));
    }
  }
}
