package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.backup.InstanceBackup;
import java.util.ArrayList;
import java.util.List;

/** Maps LXD's instance backup objects to {@link InstanceBackup}. */
final class BackupReplies {
  private BackupReplies() {}

  static InstanceBackup backup(JsonNode node) {
    return backup(JsonFields.of(node, "backup"));
  }

  static InstanceBackup backup(JsonFields backup) {
    return new InstanceBackup(
        backup.text("name"),
        backup.instant("created_at"),
        backup.instant("expires_at"),
        backup.bool("instance_only"),
        backup.bool("optimized_storage"));
  }

  static List<InstanceBackup> backups(JsonNode node) {
    if (!node.isArray()) {
      throw new LxdProtocolException("backup list: expected an array, got " + node.getNodeType());
    }
    List<InstanceBackup> result = new ArrayList<>();
    node.forEach(item -> result.add(backup(item)));
    return result;
  }
}
