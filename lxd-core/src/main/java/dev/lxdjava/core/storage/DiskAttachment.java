package dev.lxdjava.core.storage;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;

/**
 * Where a custom volume appears in an instance: a {@code disk} device named {@code deviceName},
 * mounted at {@code path}.
 *
 * @param instance instance name, valid by {@link Names#instance(String)}
 * @param deviceName key of the device in the instance's {@code devices}
 * @param path absolute mount path inside the instance
 */
public record DiskAttachment(String instance, String deviceName, String path) {

  public DiskAttachment {
    Names.instance(instance);
    Names.device(deviceName);
    if (path == null || !path.startsWith("/")) {
      throw new LxdValidationException("mount path", String.valueOf(path), "must be absolute");
    }
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) < 0x20) {
        throw new LxdValidationException("mount path", path, "must not contain control characters");
      }
    }
  }

  /** The defaults for {@code volume}: device name = volume name, path {@code /mnt/<volume>}. */
  public static DiskAttachment of(String instance, String volume) {
    return new DiskAttachment(instance, volume, "/mnt/" + Names.storageVolume(volume));
  }
}
