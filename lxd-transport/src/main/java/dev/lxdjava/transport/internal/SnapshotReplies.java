package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Maps LXD's instance snapshot objects to {@link InstanceSnapshot}. */
final class SnapshotReplies {
  private SnapshotReplies() {}

  static InstanceSnapshot snapshot(JsonNode node) {
    return snapshot(JsonFields.of(node, "snapshot"));
  }

  static InstanceSnapshot snapshot(JsonFields snap) {
    return new InstanceSnapshot(
        snapshotName(snap.text("name")),
        snap.instant("created_at"),
        snap.instant("expires_at"),
        snap.instant("last_used_at"),
        snap.bool("stateful"),
        snap.bool("ephemeral"),
        snap.text("architecture"),
        snap.textList("profiles"),
        snap.textMap("config"),
        snap.deviceMap("devices"),
        snap.textMap("expanded_config"),
        snap.deviceMap("expanded_devices"),
        snap.has("size") ? snap.number("size") : -1);
  }

  static List<InstanceSnapshot> snapshots(JsonNode node) {
    if (!node.isArray()) {
      throw new LxdProtocolException("snapshot list: expected an array, got " + node.getNodeType());
    }
    List<InstanceSnapshot> result = new ArrayList<>();
    node.forEach(item -> result.add(snapshot(item)));
    return result;
  }

  /** LXD versions before 5.0 sent {@code instance/snapshot}; keep only the snapshot's own name. */
  private static String snapshotName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
