package dev.lxdjava.core.operation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** LXD's background operations ({@code /1.0/operations}) in one project. */
public interface Operations {

  /**
   * Lists the operations LXD still knows in this project, in all states. LXD groups them by status;
   * the list is flat.
   */
  List<Operation> list();

  /**
   * Lists the operations of every project, each with {@link Operation#project()} set to the project
   * it runs in. LXD's operation objects carry no project, so this lists the projects ({@code GET
   * /1.0/projects}, API extension {@code projects}) and then each project's operations, one request
   * per project; a project deleted meanwhile is skipped.
   */
  List<Operation> listAllProjects();

  /**
   * Reads one operation.
   *
   * @throws LxdOperationNotFoundException if LXD does not know it (or forgot it)
   */
  Operation get(String id);

  /** Reads one operation, or returns empty if LXD does not know it. */
  Optional<Operation> find(String id);

  /**
   * Waits for the operation on LXD's side and returns its state when it ended or when {@code
   * timeout} passed, whichever came first. A failed operation is returned, not raised: check {@link
   * Operation#status()}. The timeout is sent in whole seconds, rounded up.
   *
   * @throws LxdOperationNotFoundException if LXD does not know it (or forgot it)
   */
  Operation wait(String id, Duration timeout);

  /** Asks LXD to cancel the operation. */
  void cancel(String id);

  /** A handle on a known operation id, for {@link OperationHandle#await()} and cancel. */
  OperationHandle handle(String id);
}
