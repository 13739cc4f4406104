package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.backup.BackupCreate;
import dev.lxdjava.core.backup.BackupImport;
import dev.lxdjava.core.backup.Backups;
import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.core.operation.OperationHandle;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Backups} over {@code /1.0/instances/{name}/backups} and backup import. */
final class RestBackups implements Backups {
  /**
   * Maximum silence on the connection during an export or import. An import is silent while LXD
   * checks the uploaded tarball before it replies, which takes a while for large backups.
   */
  static final Duration TRANSFER_IDLE_TIMEOUT = Duration.ofMinutes(5);

  private final RestClient rest;
  private final Scope scope;
  private final DaemonHeaders headers = DaemonHeaders.LXD;

  RestBackups(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath listPath(String instance) {
    return LxdPath.of("instances", Names.instance(instance), "backups");
  }

  private LxdPath path(String instance, String backup) {
    return listPath(instance).segment(Names.backup(backup));
  }

  @Override
  public List<InstanceBackup> list(String instance) {
    LxdPath path = listPath(instance).query("recursion", "1").scope(scope, false);
    return BackupReplies.backups(rest.get(path).metadata());
  }

  @Override
  public InstanceBackup get(String instance, String backup) {
    return BackupReplies.backup(rest.get(path(instance, backup).scope(scope, false)).metadata());
  }

  @Override
  public Optional<InstanceBackup> find(String instance, String backup) {
    try {
      return Optional.of(get(instance, backup));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public OperationHandle create(String instance, BackupCreate request) {
    ObjectNode body = JsonFields.newObject();
    if (!request.name().isEmpty()) {
      body.put("name", request.name());
    }
    if (request.expiresAt() != null) {
      body.put("expires_at", request.expiresAt().toString());
    }
    body.put("instance_only", request.instanceOnly());
    body.put("optimized_storage", request.optimizedStorage());
    if (!request.compressionAlgorithm().isEmpty()) {
      body.put("compression_algorithm", request.compressionAlgorithm());
    }
    LxdPath path = listPath(instance).scope(scope, false);
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public OperationHandle rename(String instance, String backup, String newName) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", Names.backup(newName));
    LxdResponse response = rest.send("POST", path(instance, backup).scope(scope, false), body);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public OperationHandle delete(String instance, String backup) {
    LxdResponse response = rest.send("DELETE", path(instance, backup).scope(scope, false), null);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public InputStream export(String instance, String backup) {
    LxdPath path = path(instance, backup).segment("export").scope(scope, false);
    return rest.download(path, Map.of(), TRANSFER_IDLE_TIMEOUT).body();
  }

  @Override
  public OperationHandle importBackup(InputStream tarball, BackupImport options) {
    Map<String, String> extra = new LinkedHashMap<>();
    if (!options.name().isEmpty()) {
      extra.put(headers.instanceName(), options.name());
    }
    if (!options.pool().isEmpty()) {
      extra.put(headers.pool(), options.pool());
    }
    LxdPath path = LxdPath.of("instances").scope(scope, true);
    LxdResponse response =
        rest.sendStream(
            "POST", path, tarball, "application/octet-stream", extra, TRANSFER_IDLE_TIMEOUT);
    return RestOperations.fromAsync(rest, scope, response);
  }
}
