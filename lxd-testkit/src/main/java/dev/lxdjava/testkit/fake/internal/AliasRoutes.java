package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /1.0/images/aliases}: synchronous create, read, update, rename and delete. */
final class AliasRoutes {
  private final Daemon daemon;
  private final ImageRoutes images;

  AliasRoutes(Daemon daemon, ImageRoutes images) {
    this.daemon = daemon;
    this.images = images;
  }

  void register(Router router) {
    router.get("images/aliases", (request, params) -> list(request));
    router.post("images/aliases", (request, params) -> create(request));
    router.get("images/aliases/{name}", (request, params) -> get(request, params.get("name")));
    router.put("images/aliases/{name}", (request, params) -> update(request, params.get("name")));
    router.patch("images/aliases/{name}", (request, params) -> update(request, params.get("name")));
    router.post("images/aliases/{name}", (request, params) -> rename(request, params.get("name")));
    router.delete(
        "images/aliases/{name}", (request, params) -> delete(request, params.get("name")));
  }

  private static String url(Project store, String name) {
    return Lookups.url(store.name, "/1.0/images/aliases/" + name);
  }

  static ObjectNode view(Image.Alias alias) {
    ObjectNode node = Json.object();
    node.put("description", alias.description);
    node.put("target", alias.target);
    node.put("name", alias.name);
    node.put("type", alias.type);
    return node;
  }

  private static Image.Alias alias(Project store, String name) {
    Image.Alias alias = store.aliases.get(name);
    if (alias == null) {
      throw LxdError.notFound("Image alias not found");
    }
    return alias;
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      Project store = images.store(request);
      ArrayNode result = Json.array();
      for (Image.Alias alias : store.aliases.values()) {
        if (request.recursion() == 0) {
          result.add(url(store, alias.name));
        } else {
          result.add(view(alias));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(ApiRequest request, String name) {
    synchronized (daemon) {
      Image.Alias alias = alias(images.store(request), name);
      return ApiReply.tagged(view(alias), alias.etag());
    }
  }

  private ApiReply create(ApiRequest request) {
    JsonNode body = request.json();
    String name = Json.text(body, "name");
    String target = Json.text(body, "target");
    if (name.isEmpty() || target.isEmpty()) {
      throw LxdError.badRequest("name and target are required");
    }
    synchronized (daemon) {
      Project store = images.store(request);
      Image image = ImageRoutes.find(store, target, true);
      if (store.aliases.containsKey(name)) {
        throw LxdError.conflict("Alias \"" + name + "\" already exists");
      }
      store.aliases.put(
          name,
          new Image.Alias(name, Json.text(body, "description"), image.fingerprint, image.type));
      daemon.events.lifecycle(
          store.name, "image-alias-created", url(store, name), null, request.caller());
      return ApiReply.created(url(store, name));
    }
  }

  private ApiReply update(ApiRequest request, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Project store = images.store(request);
      Image.Alias alias = alias(store, name);
      Etags.check(request, alias.etag());
      boolean merge = request.method().equals("PATCH");
      String target = Json.text(body, "target");
      if (!target.isEmpty()) {
        alias.target = ImageRoutes.find(store, target, true).fingerprint;
      } else if (!merge) {
        throw LxdError.badRequest("The target field is required");
      }
      if (!merge || body.has("description")) {
        alias.description = Json.text(body, "description");
      }
      daemon.events.lifecycle(
          store.name, "image-alias-updated", url(store, name), null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply rename(ApiRequest request, String name) {
    String newName = Json.text(request.json(), "name");
    synchronized (daemon) {
      Project store = images.store(request);
      Image.Alias alias = alias(store, name);
      if (newName.isEmpty()) {
        throw LxdError.badRequest("name is required");
      }
      if (store.aliases.containsKey(newName)) {
        throw LxdError.conflict("Alias \"" + newName + "\" already exists");
      }
      store.aliases.remove(name);
      alias.name = newName;
      store.aliases.put(newName, alias);
      ObjectNode context = Json.object().put("old_name", name);
      daemon.events.lifecycle(
          store.name, "image-alias-renamed", url(store, newName), context, request.caller());
      return ApiReply.created(url(store, newName));
    }
  }

  private ApiReply delete(ApiRequest request, String name) {
    synchronized (daemon) {
      Project store = images.store(request);
      alias(store, name);
      store.aliases.remove(name);
      daemon.events.lifecycle(
          store.name, "image-alias-deleted", url(store, name), null, request.caller());
    }
    return ApiReply.empty();
  }
}
