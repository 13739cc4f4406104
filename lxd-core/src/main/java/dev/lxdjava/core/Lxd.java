package dev.lxdjava.core;

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

/**
 * Entry point to one LXD daemon. Each resource family is a port; every request made through a port
 * carries this view's {@link Scope}.
 *
 * <p>{@link #project(String)} and {@link #target(String)} return views that share the same
 * connection, so scoping costs nothing. Closing the view that opened the connection closes it for
 * all views; closing a derived view does nothing. Implementations are thread-safe.
 */
public interface Lxd extends AutoCloseable {

  /** The project and cluster target of this view. */
  Scope scope();

  /** A view of the same daemon in another project. */
  Lxd project(String project);

  /** A view that places work on the named cluster member; empty for "let LXD choose". */
  Lxd target(String member);

  /** The daemon itself. */
  Server server();

  /** Instances in this view's project. */
  Instances instances();

  /** Background operations in this view's project. */
  Operations operations();

  /** Snapshots of instances in this view's project. */
  Snapshots snapshots();

  /** Backups of instances in this view's project, and imports of backup tarballs. */
  Backups backups();

  /** Files inside instances in this view's project. */
  Files files();

  /** The daemon's trust store of client certificates; the same in every project. */
  Certificates certificates();

  /** Storage pools of the daemon. */
  StoragePools storagePools();

  /**
   * Storage volumes of one pool in this view's project.
   *
   * @param pool pool name, valid by {@link Names#storagePool(String)}
   */
  StorageVolumes storageVolumes(String pool);

  /** Networks in this view's project. */
  Networks networks();

  /** Profiles in this view's project. */
  Profiles profiles();

  /** Projects of the daemon. */
  Projects projects();

  /** Images in this view's project. */
  Images images();

  /** Commands, terminals and the console inside instances of this view's project. */
  Exec exec();

  /** LXD's event stream, scoped to this view's project unless a filter says otherwise. */
  Events events();

  /** Closes the connection when this view opened it. */
  @Override
  void close();
}
