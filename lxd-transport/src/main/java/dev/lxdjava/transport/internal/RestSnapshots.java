package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import dev.lxdjava.core.snapshot.SnapshotCreate;
import dev.lxdjava.core.snapshot.Snapshots;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link Snapshots} over {@code /1.0/instances/{name}/snapshots}. */
final class RestSnapshots implements Snapshots {
  private final RestClient rest;
  private final Scope scope;

  RestSnapshots(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath listPath(String instance) {
    return LxdPath.of("instances", Names.instance(instance), "snapshots");
  }

  private LxdPath path(String instance, String snapshot) {
    return listPath(instance).segment(Names.snapshot(snapshot)).scope(scope, false);
  }

  @Override
  public List<InstanceSnapshot> list(String instance) {
    LxdPath path = listPath(instance).query("recursion", "1").scope(scope, false);
    return SnapshotReplies.snapshots(rest.get(path).metadata());
  }

  @Override
  public InstanceSnapshot get(String instance, String snapshot) {
    return SnapshotReplies.snapshot(rest.get(path(instance, snapshot)).metadata());
  }

  @Override
  public Optional<InstanceSnapshot> find(String instance, String snapshot) {
    try {
      return Optional.of(get(instance, snapshot));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Tagged<InstanceSnapshot> getTagged(String instance, String snapshot) {
    LxdResponse response = rest.get(path(instance, snapshot));
    return new Tagged<>(SnapshotReplies.snapshot(response.metadata()), response.etag());
  }

  @Override
  public OperationHandle create(String instance, SnapshotCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("stateful", request.stateful());
    if (request.expiresAt() != null) {
      body.put("expires_at", request.expiresAt().toString());
    }
    LxdPath path = listPath(instance).scope(scope, false);
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public OperationHandle rename(String instance, String snapshot, String newName) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", Names.snapshot(newName));
    LxdResponse response = rest.send("POST", path(instance, snapshot), body);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public OperationHandle updateExpiry(
      String instance, String snapshot, Instant expiresAt, String etag) {
    ObjectNode body = JsonFields.newObject();
    Instant value = expiresAt == null ? InstanceSnapshot.NEVER : expiresAt;
    body.put("expires_at", value.toString());
    LxdResponse response = rest.send("PUT", path(instance, snapshot), body, etag);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public OperationHandle restore(String instance, String snapshot, boolean stateful) {
    ObjectNode body = JsonFields.newObject();
    body.put("restore", Names.snapshot(snapshot));
    body.put("stateful", stateful);
    LxdPath path = LxdPath.of("instances", Names.instance(instance)).scope(scope, false);
    return RestOperations.fromAsync(rest, scope, rest.send("PUT", path, body));
  }

  @Override
  public OperationHandle delete(String instance, String snapshot) {
    LxdResponse response = rest.send("DELETE", path(instance, snapshot), null);
    return RestOperations.fromAsync(rest, scope, response);
  }
}
