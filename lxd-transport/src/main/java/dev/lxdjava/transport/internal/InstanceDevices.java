package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Adds and removes devices of one instance with plain REST calls: a PATCH adds, and a read with
 * ETag plus a PUT of the whole instance removes, because a PATCH merges and cannot delete a device.
 * LXD 5.0 runs an instance PUT as a background operation and a PATCH synchronously; both are
 * finished before a method returns.
 */
final class InstanceDevices {
  /** The writable fields of an instance, as {@code PUT /1.0/instances/{name}} takes them. */
  private static final List<String> WRITABLE =
      List.of(
          "architecture", "config", "devices", "ephemeral", "profiles", "stateful", "description");

  private final RestClient rest;
  private final Scope scope;

  InstanceDevices(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath path(String instance) {
    return LxdPath.of("instances", Names.instance(instance)).scope(scope, false);
  }

  /**
   * Adds one device with a PATCH. A PATCH would silently replace a device of the same name, so the
   * instance is read first and the PATCH carries its ETag.
   *
   * @throws LxdValidationException if the instance already has a device of that name
   */
  void add(String instance, String deviceName, Map<String, String> device) {
    LxdResponse read = rest.get(path(instance));
    if (read.metadata().path("devices").has(deviceName)) {
      throw new LxdValidationException(
          "device name",
          deviceName,
          "is already used by a device of instance " + instance + "; choose another name");
    }
    ObjectNode body = JsonFields.newObject();
    body.putObject("devices").set(deviceName, rest.json().valueToTree(device));
    Writes.complete(rest, scope, rest.send("PATCH", path(instance), body, read.etag()));
  }

  /**
   * Removes the instance's own devices that {@code matches} selects.
   *
   * <p>The PUT sends the instance's {@code volatile.*} keys back unchanged. LXD 5.0.2 fails a PUT
   * that leaves out {@code volatile.idmap.*} ("Volatile idmap keys can't be deleted by the user")
   * and deletes every other volatile key a PUT leaves out, such as {@code volatile.uuid} and the
   * MAC addresses in {@code volatile.<nic>.hwaddr}. The {@code If-Match} ETag guarantees that the
   * values sent are the ones LXD has: if anything changed since the read, LXD replies 412 and
   * changes nothing.
   *
   * @return whether a device was removed
   */
  boolean remove(String instance, Predicate<Map<String, String>> matches) {
    LxdResponse read = rest.get(path(instance));
    Map<String, Map<String, String>> devices =
        JsonFields.of(read.metadata(), "instance " + instance).deviceMap("devices");
    List<String> removed = new ArrayList<>();
    devices.forEach(
        (name, device) -> {
          if (matches.test(device)) {
            removed.add(name);
          }
        });
    if (removed.isEmpty()) {
      return false;
    }

    ObjectNode body = writableFields(read.metadata(), removed);
    LxdResponse response = rest.send("PUT", path(instance), body, read.etag());
    Writes.complete(rest, scope, response);
    return true;
  }

  /** Copies the writable fields of an instance as read, without the named devices. */
  private static ObjectNode writableFields(JsonNode instance, List<String> removedDevices) {
    ObjectNode body = JsonFields.newObject();
    for (String field : WRITABLE) {
      JsonNode value = instance.get(field);
      if (value != null) {
        body.set(field, value.deepCopy());
      }
    }
    ObjectNode remaining = body.putObject("devices");
    Iterator<Map.Entry<String, JsonNode>> entries = instance.path("devices").fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!removedDevices.contains(entry.getKey())) {
        remaining.set(entry.getKey(), entry.getValue().deepCopy());
      }
    }
    return body;
  }
}
