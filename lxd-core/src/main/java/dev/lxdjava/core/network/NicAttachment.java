package dev.lxdjava.core.network;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;

/**
 * How a network appears in an instance: a {@code nic} device named {@code deviceName} that shows up
 * inside the instance as the interface {@code interfaceName}.
 *
 * @param instance instance name, valid by {@link Names#instance(String)}
 * @param deviceName key of the device in the instance's {@code devices}
 * @param interfaceName interface name inside the instance, for example {@code eth1}, valid by
 *     {@link Names#network(String)}
 */
public record NicAttachment(String instance, String deviceName, String interfaceName) {

  /** Interface name used by {@link #of}. */
  public static final String DEFAULT_INTERFACE = "eth1";

  public NicAttachment {
    Names.instance(instance);
    Names.device(deviceName);
    try {
      Names.network(interfaceName);
    } catch (LxdValidationException e) {
      // LXD checks a NIC's interface name with the same rule as a bridge name.
      throw new LxdValidationException("interface name", e.value(), e.rule());
    }
  }

  /** The defaults for {@code network}: device name = network name, interface {@code eth1}. */
  public static NicAttachment of(String instance, String network) {
    return new NicAttachment(instance, network, DEFAULT_INTERFACE);
  }
}
