package dev.lxdjava.transport.docs;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.backup.BackupCreate;
import dev.lxdjava.core.backup.BackupImport;
import dev.lxdjava.core.backup.Backups;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.file.PulledFile;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstancePatch;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.instance.InstanceUpdate;
import dev.lxdjava.core.instance.Instances;
import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.core.server.Server;
import dev.lxdjava.core.server.ServerInfo;
import dev.lxdjava.core.server.ServerResources;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import dev.lxdjava.core.snapshot.SnapshotCreate;
import dev.lxdjava.core.snapshot.Snapshots;
import dev.lxdjava.transport.LxdClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The examples of {@code docs/sdk.md}. Each {@code tag::name[]} region appears in the guide word
 * for word ({@code SdkDocsTest} checks that), and {@code SdkExamplesIT} runs them against the local
 * LXD. Keep them short and typical.
 */
final class SdkExamples {
  private SdkExamples() {}

  static String connect() {
    // tag::connect[]
    try (Lxd lxd = LxdClient.connect()) {
      ServerInfo info = lxd.server().info();
      Lxd staging = lxd.project("staging"); // a view on the same connection
      return info.environment().serverVersion() + " " + staging.scope().project();
    }
    // end::connect[]
  }

  static List<String> instances(Lxd lxd, String name, String image) {
    // tag::instances[]
    Instances instances = lxd.instances();
    instances
        .create(InstanceCreate.builder(name).image(image).config("user.team", "web").build())
        .await();
    instances.start(name).await();

    // One request, with runtime state and snapshots embedded (recursion 2).
    List<Instance> running =
        instances.list(
            ListOptions.DEFAULT.withState().withFilter("status eq Running"),
            InstanceType.CONTAINER);

    // Read, change, write back: the ETag makes LXD refuse if someone changed it in between.
    Tagged<Instance> current = instances.getTagged(name);
    InstanceUpdate update =
        InstanceUpdate.from(current.value()).withConfig("limits.memory", "256MiB");
    try {
      instances.update(name, update, current.etag()).await();
    } catch (LxdConflictException changedMeanwhile) {
      // changedMeanwhile.isPreconditionFailed() is true: read again and retry.
    }

    // Merge single keys without reading first; an empty value removes a key.
    instances.patch(name, InstancePatch.builder().config("user.owner", "ops").build(), "");
    // end::instances[]
    List<String> names = new ArrayList<>();
    running.forEach(instance -> names.add(instance.name()));
    return names;
  }

  static String renameAndDelete(Lxd lxd, String name, String newName) {
    // tag::instances-rename[]
    lxd.instances().stop(name, false).await(Duration.ofSeconds(30));
    lxd.instances().rename(name, newName).await();
    lxd.instances().delete(newName).await();
    // end::instances-rename[]
    return newName;
  }

  static List<String> snapshots(Lxd lxd, String name) {
    // tag::snapshots[]
    Snapshots snapshots = lxd.snapshots();
    Instant inAWeek = Instant.now().plus(Duration.ofDays(7));
    snapshots.create(name, SnapshotCreate.of("before-upgrade").withExpiresAt(inAWeek)).await();

    List<String> names = new ArrayList<>();
    for (InstanceSnapshot snapshot : snapshots.list(name)) {
      names.add(snapshot.name() + " expires " + snapshot.expiresAt());
    }

    snapshots.restore(name, "before-upgrade").await();
    snapshots.delete(name, "before-upgrade").await();
    // end::snapshots[]
    return names;
  }

  static void backups(Lxd lxd, String name, String restoredName, Path tarballFile)
      throws IOException {
    // tag::backups[]
    Backups backups = lxd.backups();
    BackupCreate nightly =
        BackupCreate.named("nightly").withInstanceOnly(true).withCompressionAlgorithm("gzip");
    backups.create(name, nightly).await();

    // Export and import stream the tarball; it is never held in memory.
    try (InputStream tarball = backups.export(name, "nightly")) {
      Files.copy(tarball, tarballFile, StandardCopyOption.REPLACE_EXISTING);
    }
    try (InputStream tarball = Files.newInputStream(tarballFile)) {
      backups.importBackup(tarball, BackupImport.as(restoredName)).await();
    }
    backups.delete(name, "nightly").await();
    // end::backups[]
  }

  static String files(Lxd lxd, String name, Path localFile) throws IOException {
    // tag::files[]
    byte[] config = "listen 8080\n".getBytes(StandardCharsets.UTF_8);
    lxd.files()
        .push(name, "/etc/app.conf", config, FilePush.defaults().withMode(0640).withOwner(0, 0));

    String described;
    try (PulledFile pulled = lxd.files().pull(name, "/etc/app.conf")) {
      described = String.format("mode %o, %d bytes", pulled.mode(), pulled.readAllBytes().length);
    }

    // Large files stream from disk; the path travels URL-encoded, so any name works.
    try (InputStream upload = Files.newInputStream(localFile)) {
      lxd.files().push(name, "/root/data file #1.bin", upload, FilePush.defaults());
    }

    lxd.files().delete(name, "/etc/app.conf"); // needs the API extension file_delete
    // end::files[]
    return described;
  }

  static long operations(Lxd lxd, String name, String image) {
    // tag::operations[]
    OperationHandle handle =
        lxd.instances().create(InstanceCreate.builder(name).image(image).build());
    String created = handle.initial().findInstanceName().orElseThrow(); // the new instance

    try {
      handle.await(Duration.ofMinutes(2)); // a failure raises LxdOperationException with LXD's err
    } catch (LxdOperationTimeoutException stillRunning) {
      if (stillRunning.lastSeen().mayCancel()) {
        handle.cancel();
      }
    }

    // Every operation LXD still knows in this project, in one flat list.
    long running =
        lxd.operations().list().stream()
            .filter(operation -> operation.status() == OperationStatus.RUNNING)
            .count();
    // end::operations[]
    return created.equals(name) ? running : -1;
  }

  static String server(Lxd lxd, String key) {
    // tag::server[]
    Server server = lxd.server();
    ServerResources resources = server.resources();
    String summary =
        resources.cpu().total() + " threads, " + resources.memory().total() + " bytes of memory";

    boolean canDeleteFiles = server.hasExtension("file_delete");
    server.requireExtension("instances"); // throws LxdMissingExtensionException naming it

    Tagged<ServerInfo> tagged = server.infoTagged();
    server.updateConfig(Map.of(key, "ops@example.com"), tagged.etag());
    server.updateConfig(Map.of(key, ""), ""); // an empty value removes the key
    // end::server[]
    return canDeleteFiles ? summary : "";
  }
}
