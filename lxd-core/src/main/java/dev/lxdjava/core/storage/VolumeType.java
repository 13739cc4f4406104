package dev.lxdjava.core.storage;

import dev.lxdjava.core.LxdValidationException;

/** Kind of storage volume, the {@code {type}} segment of a volume URL. */
public enum VolumeType {
  /** A volume users create, attach and snapshot themselves. */
  CUSTOM("custom"),
  /** An unpacked image, kept by LXD to create instances quickly. */
  IMAGE("image"),
  /** The root file system of a container. */
  CONTAINER("container"),
  /** The disk of a virtual machine. */
  VIRTUAL_MACHINE("virtual-machine");

  private final String wireName;

  VolumeType(String wireName) {
    this.wireName = wireName;
  }

  /** The name LXD uses in URLs and JSON, for example {@code custom}. */
  public String wireName() {
    return wireName;
  }

  /**
   * Maps LXD's name for the type.
   *
   * @throws LxdValidationException if the name is not one of the four types
   */
  public static VolumeType fromWireName(String name) {
    for (VolumeType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new LxdValidationException(
        "storage volume type",
        String.valueOf(name),
        "must be custom, image, container or virtual-machine");
  }
}
