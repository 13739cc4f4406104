package dev.lxdjava.core.instance;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * LXD instances ({@code /1.0/instances}) in one project. Names are checked by {@link
 * dev.lxdjava.core.Names#instance(String)} before any request.
 */
public interface Instances {

  /** Lists instance names (recursion 0). */
  List<String> names();

  /**
   * Lists instance names in one request (recursion 0).
   *
   * @param filter LXD filter expression such as {@code status eq Running}; empty for none. Needs
   *     the API extension {@code api_filtering}.
   * @param type only this type, or {@code null} for both
   */
  List<String> names(String filter, InstanceType type);

  /** Lists instances with recursion 1 in one request. */
  default List<Instance> list() {
    return list(ListOptions.DEFAULT, null);
  }

  /**
   * Lists instances in one request.
   *
   * @param options recursion and LXD filter
   * @param type only this type, or {@code null} for both
   */
  List<Instance> list(ListOptions options, InstanceType type);

  /**
   * Reads one instance.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  Instance get(String name);

  /** Reads one instance, or returns empty if it does not exist. */
  Optional<Instance> find(String name);

  /**
   * Reads one instance with its ETag, for {@link #update} and {@link #patch}.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  Tagged<Instance> getTagged(String name);

  /**
   * Replaces the instance's configuration, devices, profiles, ephemeral flag and description
   * ({@code PUT}); what {@code update} leaves out is removed. Every PUT carries {@code If-Match}:
   * the given ETag, or when it is empty the ETag of a read made just before. The daemon's current
   * {@code volatile.*} keys are sent in place of any read earlier, because LXD 5.0 deletes volatile
   * keys that a PUT leaves out and refuses to delete its idmap keys.
   *
   * @param etag the ETag from {@link #getTagged}; empty to guard only against changes between the
   *     read this method makes and its PUT
   * @throws dev.lxdjava.core.LxdConflictException with {@code isPreconditionFailed()} if the
   *     instance changed since {@code etag} was read
   */
  OperationHandle update(String name, InstanceUpdate update, String etag);

  /**
   * Merges changes into the instance ({@code PATCH}). LXD applies it at once; there is no
   * operation.
   *
   * @param etag the ETag from {@link #getTagged}; empty sends no {@code If-Match}
   * @throws dev.lxdjava.core.LxdConflictException with {@code isPreconditionFailed()} if the
   *     instance changed since {@code etag} was read
   */
  void patch(String name, InstancePatch patch, String etag);

  /** Renames a stopped instance ({@code POST} with the new name). */
  OperationHandle rename(String name, String newName);

  /** Reads the runtime state of an instance. */
  InstanceState state(String name);

  /** Creates an instance; LXD does the work in a background operation. */
  OperationHandle create(InstanceCreate request);

  /** Deletes a stopped instance and its snapshots. */
  OperationHandle delete(String name);

  /** Changes the runtime state: start, stop, restart, freeze or unfreeze. */
  OperationHandle changeState(String name, StateChange change);

  /** Starts an instance. */
  default OperationHandle start(String name) {
    return changeState(name, StateChange.of(StateAction.START));
  }

  /**
   * Stops an instance.
   *
   * @param force kill it instead of asking for a clean shutdown
   */
  default OperationHandle stop(String name, boolean force) {
    return changeState(name, new StateChange(StateAction.STOP, force, false, null));
  }

  /** Restarts an instance. */
  default OperationHandle restart(String name, boolean force) {
    return changeState(name, new StateChange(StateAction.RESTART, force, false, null));
  }

  /** Freezes all processes of an instance. */
  default OperationHandle freeze(String name) {
    return changeState(name, StateChange.of(StateAction.FREEZE));
  }

  /** Thaws a frozen instance. */
  default OperationHandle unfreeze(String name) {
    return changeState(name, StateChange.of(StateAction.UNFREEZE));
  }

  /**
   * Lists the names of the instance's log files, for example {@code lxc.log}, {@code lxc.conf} and
   * the {@code exec_*.stdout} files of commands run with recorded output.
   */
  List<String> logs(String name);

  /**
   * Reads one log file. The stream reads straight from the connection; the caller must close it.
   *
   * @throws dev.lxdjava.core.LxdApiException if the file does not exist (LXD 5.0 reports 400 for
   *     names outside its log file patterns and 404 for missing files)
   */
  InputStream readLog(String name, String file);

  /** Deletes one log file. LXD refuses to delete {@code lxc.log} and {@code lxc.conf}. */
  void deleteLog(String name, String file);

  /**
   * Reads what the container wrote to its console ({@code GET .../console}), as raw bytes. The
   * stream reads straight from the connection; the caller must close it. An empty console gives an
   * empty stream. Containers only; needs the API extension {@code console}.
   */
  InputStream consoleLog(String name);

  /** Empties the container's console log ({@code DELETE .../console}). */
  void clearConsoleLog(String name);
}
