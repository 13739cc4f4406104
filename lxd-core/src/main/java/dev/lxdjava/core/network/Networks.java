package dev.lxdjava.core.network;

import dev.lxdjava.core.Tagged;
import java.util.List;
import java.util.Optional;

/**
 * LXD networks ({@code /1.0/networks}) in one project. Networks belong to a project only when it
 * has {@code features.networks=true}; otherwise LXD serves the {@code default} project's networks
 * for it. Names are checked by {@link dev.lxdjava.core.Names#network(String)} before any request.
 * Every write is synchronous in LXD and returns when it is done. Needs the API extension {@code
 * network}.
 */
public interface Networks {

  /** Lists network names, managed and unmanaged (recursion 0). */
  List<String> names();

  /** Lists networks with recursion 1 in one request. */
  List<Network> list();

  /**
   * Reads one network.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  Network get(String name);

  /** Reads one network with its ETag, for {@link #update} and {@link #patch}. */
  Tagged<Network> getTagged(String name);

  /** Reads one network, or returns empty if it does not exist. */
  Optional<Network> find(String name);

  /** Creates a managed network. */
  void create(NetworkCreate request);

  /**
   * Replaces a network's description and configuration (PUT).
   *
   * @param etag from {@link #getTagged}; LXD rejects the update with {@link
   *     dev.lxdjava.core.LxdConflictException} (412) when the network changed since. Empty sends no
   *     {@code If-Match}.
   */
  void update(String name, NetworkUpdate update, String etag);

  /**
   * Merges the non-null parts of {@code patch} into a network (PATCH).
   *
   * @param etag as for {@link #update}
   */
  void patch(String name, NetworkUpdate patch, String etag);

  /** Renames a managed network. LXD refuses while instances use it. */
  void rename(String name, String newName);

  /** Deletes a managed network. LXD refuses while instances or profiles use it. */
  void delete(String name);

  /** Reads the state of the network's host interface (API extension {@code network_state}). */
  NetworkState state(String name);

  /**
   * Lists the DHCP leases and static allocations of a managed network (API extension {@code
   * network_leases}).
   */
  List<NetworkLease> leases(String name);

  /** Attaches a network to an instance with the defaults of {@link NicAttachment#of}. */
  default void attach(String network, String instance) {
    attach(network, NicAttachment.of(instance, network));
  }

  /**
   * Attaches a network to an instance as the device {@code {type: nic, network, name}}, added with
   * a PATCH that carries the instance's ETag.
   *
   * @throws dev.lxdjava.core.LxdValidationException if the instance already has a device of that
   *     name (a PATCH would replace it); nothing is changed
   * @throws dev.lxdjava.core.LxdConflictException if the instance changed between the read and the
   *     write (412)
   */
  void attach(String network, NicAttachment attachment);

  /**
   * Removes every {@code nic} device of the instance's own devices that uses this network. Devices
   * that come from profiles are not touched. The instance is read with its ETag and written back
   * whole (PUT with {@code If-Match}), because a PATCH merges and cannot delete a device.
   *
   * @return whether a device was removed
   * @throws dev.lxdjava.core.LxdConflictException if the instance changed between the read and the
   *     write (412); nothing was changed then
   */
  boolean detach(String network, String instance);
}
