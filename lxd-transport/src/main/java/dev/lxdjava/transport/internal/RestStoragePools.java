package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StoragePoolCreate;
import dev.lxdjava.core.storage.StoragePoolResources;
import dev.lxdjava.core.storage.StoragePoolUpdate;
import dev.lxdjava.core.storage.StoragePools;
import java.util.List;
import java.util.Optional;

/** {@link StoragePools} over {@code /1.0/storage-pools}. */
final class RestStoragePools implements StoragePools {
  private final RestClient rest;
  private final Scope scope;

  RestStoragePools(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath path(String name) {
    return LxdPath.of("storage-pools", Names.storagePool(name)).scope(scope, true);
  }

  @Override
  public List<String> names() {
    return Replies.namesFromUrls(
        rest.get(LxdPath.of("storage-pools").scope(scope, false)).metadata());
  }

  @Override
  public List<StoragePool> list() {
    LxdPath path = LxdPath.of("storage-pools").query("recursion", "1").scope(scope, false);
    return StorageReplies.pools(rest.get(path).metadata());
  }

  @Override
  public StoragePool get(String name) {
    return getTagged(name).value();
  }

  @Override
  public Tagged<StoragePool> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    StoragePool pool = StorageReplies.pool(response.metadata());
    String etag = response.etag();
    if (etag.isEmpty()) {
      etag = GoEtags.of(List.of(pool.name(), pool.driver(), pool.config()));
    }
    return new Tagged<>(pool, etag);
  }

  @Override
  public Optional<StoragePool> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void create(StoragePoolCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("driver", request.driver());
    body.put("description", request.description());
    body.set("config", rest.json().valueToTree(request.config()));
    LxdPath path = LxdPath.of("storage-pools").scope(scope, true);
    Writes.complete(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public void update(String name, StoragePoolUpdate update, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putReplacing(rest, body, update.description(), update.config());
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, etag));
  }

  @Override
  public void patch(String name, StoragePoolUpdate patch, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putMerging(rest, body, patch.description(), patch.config());
    Writes.complete(rest, scope, rest.send("PATCH", path(name), body, etag));
  }

  @Override
  public void delete(String name) {
    Writes.complete(rest, scope, rest.send("DELETE", path(name), null));
  }

  @Override
  public StoragePoolResources resources(String name) {
    return StorageReplies.resources(rest.get(path(name).segment("resources")).metadata());
  }
}
