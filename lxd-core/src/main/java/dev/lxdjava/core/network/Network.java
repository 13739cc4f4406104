package dev.lxdjava.core.network;

import java.util.List;
import java.util.Map;

/**
 * An LXD network as LXD returned it ({@code GET /1.0/networks/{name}}): a managed network LXD
 * created, or a host interface LXD only reports.
 *
 * @param name network name
 * @param type {@code bridge}, {@code macvlan}, {@code sriov}, {@code ovn}, {@code physical}, or for
 *     unmanaged interfaces the kernel's kind such as {@code loopback}
 * @param description free text
 * @param config network configuration, for example {@code ipv4.address}
 * @param usedBy URLs of the instances and profiles that use the network
 * @param managed whether LXD manages the network
 * @param status {@code Created}, {@code Pending}, {@code Errored}, or empty for unmanaged ones
 * @param locations cluster members the network exists on; {@code none} outside a cluster
 */
public record Network(
    String name,
    String type,
    String description,
    Map<String, String> config,
    List<String> usedBy,
    boolean managed,
    String status,
    List<String> locations) {

  public Network {
    type = type == null ? "" : type;
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
    status = status == null ? "" : status;
    locations = locations == null ? List.of() : List.copyOf(locations);
  }
}
