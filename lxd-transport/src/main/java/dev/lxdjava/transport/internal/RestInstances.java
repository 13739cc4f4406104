package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstancePatch;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.core.instance.InstanceState;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.instance.InstanceUpdate;
import dev.lxdjava.core.instance.Instances;
import dev.lxdjava.core.instance.StateChange;
import dev.lxdjava.core.operation.OperationHandle;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** {@link Instances} over {@code /1.0/instances}. */
final class RestInstances implements Instances {
  private final RestClient rest;
  private final Scope scope;
  private final RestInstanceLogs logs;

  RestInstances(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
    this.logs = new RestInstanceLogs(rest, scope);
  }

  private LxdPath path(String name) {
    return LxdPath.of("instances", Names.instance(name)).scope(scope, false);
  }

  @Override
  public List<String> names() {
    return names("", null);
  }

  @Override
  public List<String> names(String filter, InstanceType type) {
    ListOptions checked = ListOptions.DEFAULT.withFilter(filter);
    LxdPath path =
        LxdPath.of("instances")
            .query("filter", checked.filter())
            .query("instance-type", type == null ? "" : type.wireName())
            .scope(scope, false);
    return Replies.namesFromUrls(rest.get(path).metadata());
  }

  @Override
  public List<Instance> list(ListOptions options, InstanceType type) {
    LxdPath path =
        LxdPath.of("instances")
            .query("recursion", Integer.toString(options.recursion()))
            .query("filter", options.filter())
            .query("instance-type", type == null ? "" : type.wireName())
            .scope(scope, false);
    return Replies.instances(rest.get(path).metadata(), scope.project());
  }

  @Override
  public Instance get(String name) {
    return Replies.instance(rest.get(path(name)).metadata(), scope.project());
  }

  @Override
  public Optional<Instance> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Tagged<Instance> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    return new Tagged<>(Replies.instance(response.metadata(), scope.project()), response.etag());
  }

  @Override
  public InstanceState state(String name) {
    return Replies.state(rest.get(path(name).segment("state")).metadata(), name);
  }

  @Override
  public OperationHandle create(InstanceCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("type", request.type().wireName());
    body.set("source", source(request.source()));
    List<String> profiles = request.profiles();
    if (profiles == null && request.source().type().equals("copy")) {
      // LXD 5.0 gives a copy no profiles, and so no root disk, unless the request names them.
      profiles = copySourceProfiles(request.source().source());
    }
    if (profiles != null) {
      body.set("profiles", rest.json().valueToTree(profiles));
    }
    body.set("config", rest.json().valueToTree(request.config()));
    body.set("devices", rest.json().valueToTree(request.devices()));
    body.put("ephemeral", request.ephemeral());
    body.put("description", request.description());
    LxdPath path = LxdPath.of("instances").scope(scope, true);
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path, body));
  }

  /** Reads the profiles of the instance or snapshot ({@code instance/snapshot}) to copy. */
  private List<String> copySourceProfiles(String source) {
    int slash = source.indexOf('/');
    if (slash < 0) {
      return get(source).profiles();
    }
    LxdPath path =
        LxdPath.of(
                "instances", source.substring(0, slash), "snapshots", source.substring(slash + 1))
            .scope(scope, false);
    return SnapshotReplies.snapshot(rest.get(path).metadata()).profiles();
  }

  private ObjectNode source(InstanceSource source) {
    ObjectNode node = JsonFields.newObject();
    node.put("type", source.type());
    putIfSet(node, "alias", source.alias());
    putIfSet(node, "fingerprint", source.fingerprint());
    putIfSet(node, "server", source.server());
    putIfSet(node, "protocol", source.protocol());
    putIfSet(node, "source", source.source());
    return node;
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }

  @Override
  public OperationHandle update(String name, InstanceUpdate update, String etag) {
    // LXD deletes volatile keys a PUT leaves out, and refuses for idmap keys. Sending the
    // daemon's current ones under the ETag of this read means no stale value is ever written.
    Tagged<Instance> current = getTagged(name);
    ObjectNode body = InstanceBodies.put(rest.json(), update, current.value().config());
    String ifMatch = etag == null || etag.isEmpty() ? current.etag() : etag;
    LxdResponse response = rest.send("PUT", path(name), body, ifMatch);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public void patch(String name, InstancePatch patch, String etag) {
    LxdResponse response =
        rest.send("PATCH", path(name), InstanceBodies.patch(rest.json(), patch), etag);
    RestOperations.awaitIfAsync(rest, scope, response);
  }

  @Override
  public OperationHandle rename(String name, String newName) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", Names.instance(newName));
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path(name), body));
  }

  @Override
  public OperationHandle delete(String name) {
    return RestOperations.fromAsync(rest, scope, rest.send("DELETE", path(name), null));
  }

  @Override
  public OperationHandle changeState(String name, StateChange change) {
    ObjectNode body = JsonFields.newObject();
    body.put("action", change.action().wireName());
    body.put("force", change.force());
    body.put("stateful", change.stateful());
    body.put("timeout", change.timeout() == null ? -1 : change.timeout().toSeconds());
    LxdResponse response = rest.send("PUT", path(name).segment("state"), body);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public List<String> logs(String name) {
    return logs.list(name);
  }

  @Override
  public InputStream readLog(String name, String file) {
    return logs.read(name, file);
  }

  @Override
  public void deleteLog(String name, String file) {
    logs.delete(name, file);
  }

  @Override
  public InputStream consoleLog(String name) {
    return logs.console(name);
  }

  @Override
  public void clearConsoleLog(String name) {
    logs.clearConsole(name);
  }
}
