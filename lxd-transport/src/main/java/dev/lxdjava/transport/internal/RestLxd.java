package dev.lxdjava.transport.internal;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.backup.Backups;
import dev.lxdjava.core.certificate.Certificates;
import dev.lxdjava.core.event.Events;
import dev.lxdjava.core.exec.Exec;
import dev.lxdjava.core.file.Files;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.core.instance.Instances;
import dev.lxdjava.core.network.Networks;
import dev.lxdjava.core.operation.Operations;
import dev.lxdjava.core.profile.Profiles;
import dev.lxdjava.core.project.Projects;
import dev.lxdjava.core.server.Server;
import dev.lxdjava.core.snapshot.Snapshots;
import dev.lxdjava.core.storage.StoragePools;
import dev.lxdjava.core.storage.StorageVolumes;

/** {@link Lxd} over one {@link RestClient}; scoped views share the client. */
public final class RestLxd implements Lxd {
  private final RestClient rest;
  private final Scope scope;
  private final boolean ownsConnection;

  public RestLxd(RestClient rest, Scope scope, boolean ownsConnection) {
    this.rest = rest;
    this.scope = scope;
    this.ownsConnection = ownsConnection;
  }

  @Override
  public Scope scope() {
    return scope;
  }

  @Override
  public Lxd project(String project) {
    return new RestLxd(rest, scope.withProject(project), false);
  }

  @Override
  public Lxd target(String member) {
    return new RestLxd(rest, scope.withTarget(member), false);
  }

  @Override
  public Server server() {
    return new RestServer(rest);
  }

  @Override
  public Instances instances() {
    return new RestInstances(rest, scope);
  }

  @Override
  public Operations operations() {
    return new RestOperations(rest, scope);
  }

  @Override
  public Snapshots snapshots() {
    return new RestSnapshots(rest, scope);
  }

  @Override
  public Backups backups() {
    return new RestBackups(rest, scope);
  }

  @Override
  public Files files() {
    return new RestFiles(rest, scope);
  }

  @Override
  public Certificates certificates() {
    return new RestCertificates(rest);
  }

  @Override
  public StoragePools storagePools() {
    return new RestStoragePools(rest, scope);
  }

  @Override
  public StorageVolumes storageVolumes(String pool) {
    return new RestStorageVolumes(rest, scope, pool);
  }

  @Override
  public Networks networks() {
    return new RestNetworks(rest, scope);
  }

  @Override
  public Profiles profiles() {
    return new RestProfiles(rest, scope);
  }

  @Override
  public Projects projects() {
    return new RestProjects(rest);
  }

  @Override
  public Images images() {
    return new RestImages(rest, scope);
  }

  @Override
  public Exec exec() {
    return new RestExec(rest, scope);
  }

  @Override
  public Events events() {
    return new RestEvents(rest, scope);
  }

  @Override
  public void close() {
    if (ownsConnection) {
      rest.connection().close();
    }
  }

  @Override
  public String toString() {
    return "Lxd[" + rest.connection().describe() + ", project=" + scope.project() + "]";
  }
}
