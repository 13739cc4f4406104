package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's backup tarball: {@code backup/index.yaml} as LXD writes it, {@code
 * backup/instance.json} with the configuration, and the files under {@code backup/container} and
 * {@code backup/snapshots/<name>}.
 */
final class BackupFormat {
  private BackupFormat() {}

  /** A parsed backup, ready to become an instance. */
  record Restored(
      String name, JsonNode definition, FileTree files, Map<String, FileTree> snapshots) {
    Instance toInstance(String newName, String project) {
      Map<String, String> config = Json.textMap(definition, "config");
      Instance instance =
          new Instance(
              newName,
              project,
              Json.text(definition, "type"),
              Json.text(definition, "architecture"),
              Json.text(definition, "description"),
              Json.bool(definition, "ephemeral"),
              Json.textList(definition, "profiles"),
              config,
              Json.devices(definition, "devices"),
              files.copy());
      for (JsonNode snapshot : definition.path("snapshots")) {
        String snapshotName = Json.text(snapshot, "name");
        FileTree snapshotFiles = snapshots.getOrDefault(snapshotName, new FileTree());
        FileTree current = instance.files;
        instance.files = snapshotFiles;
        instance.snapshots.put(
            snapshotName, new Instance.Snapshot(snapshotName, instance, null, false));
        instance.files = current;
      }
      return instance;
    }
  }

  static byte[] write(Instance instance, boolean instanceOnly) {
    List<Tarball.Entry> entries = new ArrayList<>();
    StringBuilder index = new StringBuilder();
    index.append("name: ").append(instance.name).append('\n');
    index.append("backend: dir\npool: default\noptimized: false\n");
    ObjectNode definition = Json.object();
    definition.put("name", instance.name);
    definition.put("type", instance.type);
    definition.put("architecture", instance.architecture);
    definition.put("description", instance.description);
    definition.put("ephemeral", instance.ephemeral);
    definition.set("profiles", Json.strings(instance.profiles));
    definition.set("config", Json.stringMap(instance.config));
    definition.set("devices", Json.deviceMap(instance.devices));
    ArrayNode snapshots = definition.putArray("snapshots");
    if (!instanceOnly && !instance.snapshots.isEmpty()) {
      index.append("snapshots:\n");
      for (Instance.Snapshot snapshot : instance.snapshots.values()) {
        index.append("- ").append(snapshot.name).append('\n');
        snapshots.addObject().put("name", snapshot.name);
        addFiles(entries, "backup/snapshots/" + snapshot.name, snapshot.files);
      }
    }
    entries.add(
        0,
        text("backup/instance.json", new String(Json.write(definition), StandardCharsets.UTF_8)));
    entries.add(0, text("backup/index.yaml", index.toString()));
    addFiles(entries, "backup/container", instance.files);
    return Tarball.write(entries);
  }

  private static Tarball.Entry text(String path, String content) {
    return new Tarball.Entry(path, "file", 0644, 0, 0, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void addFiles(List<Tarball.Entry> entries, String prefix, FileTree files) {
    for (String path : files.paths()) {
      FileTree.Node node = files.find(path);
      String name = prefix + "/rootfs" + (path.equals("/") ? "" : path);
      entries.add(new Tarball.Entry(name, node.type, node.mode, node.uid, node.gid, node.content));
    }
  }

  /**
   * Reads a backup tarball.
   *
   * @throws LxdError 400 when it is not a backup the fake wrote
   */
  static Restored read(byte[] tarball) {
    JsonNode definition = null;
    FileTree files = new FileTree();
    Map<String, FileTree> snapshots = new LinkedHashMap<>();
    for (Tarball.Entry entry : Tarball.read(tarball)) {
      String path = entry.path();
      if (path.equals("backup/instance.json")) {
        definition = Json.parse(entry.content());
      } else if (path.startsWith("backup/container/rootfs")) {
        put(files, path.substring("backup/container/rootfs".length()), entry);
      } else if (path.startsWith("backup/snapshots/")) {
        String rest = path.substring("backup/snapshots/".length());
        int slash = rest.indexOf('/');
        if (slash > 0 && rest.startsWith("rootfs", slash + 1)) {
          FileTree tree =
              snapshots.computeIfAbsent(rest.substring(0, slash), key -> new FileTree());
          put(tree, rest.substring(slash + 1 + "rootfs".length()), entry);
        }
      }
    }
    if (definition == null) {
      throw LxdError.badRequest("Invalid backup file: backup/instance.json is missing");
    }
    return new Restored(Json.text(definition, "name"), definition, files, snapshots);
  }

  private static void put(FileTree tree, String path, Tarball.Entry entry) {
    if (path.isEmpty() || path.equals("/")) {
      return;
    }
    tree.putWithParents(
        path,
        new FileTree.Node(entry.type(), entry.mode(), entry.uid(), entry.gid(), entry.content()));
  }
}
