package dev.lxdjava.core.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's hardware as LXD reports it at {@code GET /1.0/resources}: the parts most callers need
 * as typed values, and the whole reply as {@link #raw()} for the rest (USB and PCI devices, NUMA
 * nodes, firmware).
 *
 * @param cpu processors
 * @param memory main memory
 * @param disks block devices
 * @param gpus graphics cards
 * @param networkCards network cards
 * @param raw the whole {@code metadata} of LXD's reply, as maps, lists, strings, numbers and
 *     booleans
 */
public record ServerResources(
    Cpu cpu,
    Memory memory,
    List<Disk> disks,
    List<Gpu> gpus,
    List<NetworkCard> networkCards,
    Map<String, Object> raw) {

  /** Copies the lists and the raw reply. */
  public ServerResources {
    disks = disks == null ? List.of() : List.copyOf(disks);
    gpus = gpus == null ? List.of() : List.copyOf(gpus);
    networkCards = networkCards == null ? List.of() : List.copyOf(networkCards);
    raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
  }

  /**
   * Processors.
   *
   * @param architecture for example {@code x86_64}
   * @param total number of hardware threads
   * @param sockets physical packages
   */
  public record Cpu(String architecture, int total, List<CpuSocket> sockets) {
    /** Copies the socket list. */
    public Cpu {
      sockets = sockets == null ? List.of() : List.copyOf(sockets);
    }
  }

  /**
   * One physical processor package.
   *
   * @param socket socket number
   * @param name model name, for example {@code AMD EPYC}
   * @param vendor for example {@code AuthenticAMD}
   * @param cores number of cores
   * @param threads number of hardware threads
   */
  public record CpuSocket(int socket, String name, String vendor, int cores, int threads) {}

  /**
   * Main memory, in bytes.
   *
   * @param total installed memory
   * @param used memory in use
   * @param hugepagesTotal memory reserved as huge pages
   * @param hugepagesUsed huge page memory in use
   */
  public record Memory(long total, long used, long hugepagesTotal, long hugepagesUsed) {}

  /**
   * One block device.
   *
   * @param id kernel name, for example {@code sda}
   * @param device major and minor number, for example {@code 8:0}
   * @param model model name, empty if unknown
   * @param type bus or kind, for example {@code sata}, {@code nvme}, {@code virtio}
   * @param size size in bytes
   * @param readOnly whether the device is read-only
   * @param removable whether the medium is removable
   */
  public record Disk(
      String id,
      String device,
      String model,
      String type,
      long size,
      boolean readOnly,
      boolean removable) {}

  /**
   * One graphics card.
   *
   * @param driver kernel driver, empty if none is bound
   * @param vendor vendor name, empty if unknown
   * @param product product name, empty if unknown
   * @param pciAddress PCI address, for example {@code 0000:01:00.0}
   */
  public record Gpu(String driver, String vendor, String product, String pciAddress) {}

  /**
   * One network card.
   *
   * @param driver kernel driver, for example {@code virtio_net}
   * @param vendor vendor name, empty if unknown
   * @param product product name, empty if unknown
   * @param pciAddress PCI address, empty for cards not on PCI
   * @param ports interface names of its ports, for example {@code eth0}
   */
  public record NetworkCard(
      String driver, String vendor, String product, String pciAddress, List<String> ports) {
    /** Copies the port list. */
    public NetworkCard {
      ports = ports == null ? List.of() : List.copyOf(ports);
    }
  }
}
