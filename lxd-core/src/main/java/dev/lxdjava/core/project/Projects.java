package dev.lxdjava.core.project;

import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import java.util.List;
import java.util.Optional;

/**
 * LXD projects ({@code /1.0/projects}). Projects belong to the whole daemon, so requests of this
 * port carry no {@code project=}; use {@link dev.lxdjava.core.Lxd#project(String)} to work inside
 * one. Names are checked by {@link dev.lxdjava.core.Names#project(String)} before any request.
 * Needs the API extension {@code projects}.
 */
public interface Projects {

  /** Lists project names (recursion 0). */
  List<String> names();

  /** Lists projects with recursion 1 in one request. */
  List<Project> list();

  /**
   * Reads one project.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  Project get(String name);

  /** Reads one project with its ETag, for {@link #update} and {@link #patch}. */
  Tagged<Project> getTagged(String name);

  /** Reads one project, or returns empty if it does not exist. */
  Optional<Project> find(String name);

  /** Creates a project; synchronous in LXD. */
  void create(ProjectCreate request);

  /**
   * Replaces a project's description and configuration (PUT).
   *
   * @param etag from {@link #getTagged}; LXD rejects the update with {@link
   *     dev.lxdjava.core.LxdConflictException} (412) when the project changed since. Empty sends no
   *     {@code If-Match}.
   */
  void update(String name, ProjectUpdate update, String etag);

  /**
   * Merges the non-null parts of {@code patch} into a project. LXD 5.0.2 replaces the whole
   * configuration on a project PATCH, so the SDK reads the project, merges, and sends a PUT with
   * {@code If-Match}.
   *
   * @param etag as for {@link #update}; when empty, the ETag of the SDK's own read is sent, so a
   *     change in between raises {@link dev.lxdjava.core.LxdConflictException}
   */
  void patch(String name, ProjectUpdate patch, String etag);

  /**
   * Renames a project; LXD 5.0 does the work in a background operation. LXD refuses for {@code
   * default} and for projects that still hold instances, images or volumes.
   */
  OperationHandle rename(String name, String newName);

  /** Deletes an empty project; synchronous in LXD. LXD refuses for {@code default}. */
  void delete(String name);

  /** Reads the project's resource use against its limits. */
  ProjectState state(String name);
}
