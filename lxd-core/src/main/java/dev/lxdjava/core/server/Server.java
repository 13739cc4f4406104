package dev.lxdjava.core.server;

import dev.lxdjava.core.Tagged;
import java.util.Map;

/** The daemon itself ({@code /1.0}). */
public interface Server {

  /** Reads what the daemon reports about itself and about this client's trust. */
  ServerInfo info();

  /** Reads {@link #info()} with its ETag, for {@link #updateConfig}. */
  Tagged<ServerInfo> infoTagged();

  /**
   * Reads the host's hardware as LXD sees it ({@code GET /1.0/resources}): CPUs, memory, disks,
   * GPUs and network cards. Needs the API extension {@code resources}.
   */
  ServerResources resources();

  /**
   * Merges server configuration keys ({@code PATCH /1.0}). LXD applies them at once; there is no
   * operation. A key set to the empty string is removed.
   *
   * @param config keys to set, for example {@code images.auto_update_interval}
   * @param etag the ETag from {@link #infoTagged()}; empty sends no {@code If-Match}
   * @throws dev.lxdjava.core.LxdConflictException with {@code isPreconditionFailed()} if the
   *     configuration changed since {@code etag} was read
   */
  void updateConfig(Map<String, String> config, String etag);

  /**
   * Whether the daemon supports an API extension, for example {@code file_delete}. The list is read
   * once per connection and kept, because a daemon's extensions change only when it restarts.
   */
  boolean hasExtension(String extension);

  /**
   * Checks that the daemon supports an API extension, for calls that need it.
   *
   * @throws dev.lxdjava.core.LxdMissingExtensionException naming the extension if it does not
   */
  void requireExtension(String extension);
}
