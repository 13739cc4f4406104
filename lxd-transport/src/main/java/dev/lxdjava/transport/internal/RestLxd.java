package dev.lxdjava.transport.internal;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.backup.Backups;
import dev.lxdjava.core.file.Files;
import dev.lxdjava.core.instance.Instances;
import dev.lxdjava.core.operation.Operations;
import dev.lxdjava.core.server.Server;
import dev.lxdjava.core.snapshot.Snapshots;

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
