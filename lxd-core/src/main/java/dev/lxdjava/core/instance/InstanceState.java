package dev.lxdjava.core.instance;

import java.util.List;
import java.util.Map;

/**
 * Runtime state of an instance ({@code GET /1.0/instances/{name}/state}). Components mirror LXD's
 * JSON fields (in camel case) and nesting.
 *
 * @param status status text such as {@code Running}
 * @param statusCode LXD's numeric status code
 * @param pid process id of the instance's init on the host, 0 when stopped
 * @param processes number of processes, -1 when LXD cannot tell
 * @param cpu CPU time used
 * @param memory memory use
 * @param disk disk use per root or disk device
 * @param network network interfaces by name inside the instance
 */
public record InstanceState(
    String status,
    int statusCode,
    long pid,
    long processes,
    Cpu cpu,
    Memory memory,
    Map<String, Disk> disk,
    Map<String, NetworkInterface> network) {

  public InstanceState {
    cpu = cpu == null ? new Cpu(0) : cpu;
    memory = memory == null ? new Memory(0, 0, 0, 0) : memory;
    disk = disk == null ? Map.of() : Map.copyOf(disk);
    network = network == null ? Map.of() : Map.copyOf(network);
  }

  /**
   * CPU use.
   *
   * @param usage CPU time used, in nanoseconds
   */
  public record Cpu(long usage) {}

  /**
   * Memory use, in bytes.
   *
   * @param usage memory in use
   * @param usagePeak highest memory use seen
   * @param swapUsage swap in use
   * @param swapUsagePeak highest swap use seen
   */
  public record Memory(long usage, long usagePeak, long swapUsage, long swapUsagePeak) {}

  /**
   * Disk use of one device.
   *
   * @param usage bytes used
   */
  public record Disk(long usage) {}

  /**
   * One network interface inside the instance.
   *
   * @param addresses IPv4 and IPv6 addresses
   * @param counters traffic counters
   * @param hwaddr MAC address
   * @param hostName name of the matching interface on the host, if any
   * @param mtu maximum transmission unit
   * @param state {@code up} or {@code down}
   * @param type for example {@code broadcast} or {@code loopback}
   */
  public record NetworkInterface(
      List<Address> addresses,
      Counters counters,
      String hwaddr,
      String hostName,
      int mtu,
      String state,
      String type) {

    public NetworkInterface {
      addresses = addresses == null ? List.of() : List.copyOf(addresses);
      counters = counters == null ? new Counters(0, 0, 0, 0) : counters;
    }
  }

  /**
   * Traffic counters of an interface.
   *
   * @param bytesReceived bytes received
   * @param bytesSent bytes sent
   * @param packetsReceived packets received
   * @param packetsSent packets sent
   */
  public record Counters(
      long bytesReceived, long bytesSent, long packetsReceived, long packetsSent) {}

  /**
   * One address of an interface.
   *
   * @param family {@code inet} or {@code inet6}
   * @param address the address without prefix length
   * @param netmask prefix length, for example {@code 24}
   * @param scope {@code global}, {@code link} or {@code local}
   */
  public record Address(String family, String address, String netmask, String scope) {}
}
