package dev.lxdjava.core.network;

import java.util.List;

/**
 * Runtime state of a network's host interface ({@code GET /1.0/networks/{name}/state}, API
 * extension {@code network_state}).
 *
 * @param addresses addresses on the interface
 * @param counters traffic counters
 * @param hwaddr MAC address
 * @param mtu maximum transmission unit
 * @param state {@code up} or {@code down}
 * @param type for example {@code broadcast} or {@code loopback}
 * @param bridge bridge details, or {@code null} when the interface is not a bridge
 */
public record NetworkState(
    List<Address> addresses,
    Counters counters,
    String hwaddr,
    int mtu,
    String state,
    String type,
    Bridge bridge) {

  public NetworkState {
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    counters = counters == null ? new Counters(0, 0, 0, 0) : counters;
    hwaddr = hwaddr == null ? "" : hwaddr;
    state = state == null ? "" : state;
    type = type == null ? "" : type;
  }

  /**
   * One address of the interface.
   *
   * @param family {@code inet} or {@code inet6}
   * @param address the address without prefix length
   * @param netmask prefix length, for example {@code 24}
   * @param scope {@code global}, {@code link} or {@code local}
   */
  public record Address(String family, String address, String netmask, String scope) {}

  /**
   * Traffic counters of the interface.
   *
   * @param bytesReceived bytes received
   * @param bytesSent bytes sent
   * @param packetsReceived packets received
   * @param packetsSent packets sent
   */
  public record Counters(
      long bytesReceived, long bytesSent, long packetsReceived, long packetsSent) {}

  /**
   * Bridge details (API extension {@code network_state_bond_bridge}).
   *
   * @param id bridge id, for example {@code 8000.00163e438c32}
   * @param stp whether the spanning tree protocol is on
   * @param forwardDelay forward delay in hundredths of a second
   * @param vlanDefault default VLAN id
   * @param vlanFiltering whether VLAN filtering is on
   * @param upperDevices interfaces attached to the bridge
   */
  public record Bridge(
      String id,
      boolean stp,
      long forwardDelay,
      long vlanDefault,
      boolean vlanFiltering,
      List<String> upperDevices) {

    public Bridge {
      upperDevices = upperDevices == null ? List.of() : List.copyOf(upperDevices);
    }
  }
}
