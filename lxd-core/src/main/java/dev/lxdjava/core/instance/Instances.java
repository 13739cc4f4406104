package dev.lxdjava.core.instance;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.operation.OperationHandle;
import java.util.List;
import java.util.Optional;

/**
 * LXD instances ({@code /1.0/instances}) in one project. Names are checked by {@link
 * dev.lxdjava.core.Names#instance(String)} before any request.
 */
public interface Instances {

  /** Lists instance names (recursion 0). */
  List<String> names();

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
}
