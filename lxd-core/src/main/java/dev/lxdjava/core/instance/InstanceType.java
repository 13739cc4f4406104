package dev.lxdjava.core.instance;

import dev.lxdjava.core.LxdValidationException;

/** Kind of instance: a system container or a virtual machine. */
public enum InstanceType {
  CONTAINER("container"),
  VIRTUAL_MACHINE("virtual-machine");

  private final String wireName;

  InstanceType(String wireName) {
    this.wireName = wireName;
  }

  /** The name LXD uses in JSON and in the {@code instance-type} query parameter. */
  public String wireName() {
    return wireName;
  }

  /**
   * Maps LXD's name for the type.
   *
   * @throws LxdValidationException if the name is neither {@code container} nor {@code
   *     virtual-machine}
   */
  public static InstanceType fromWireName(String name) {
    for (InstanceType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new LxdValidationException(
        "instance type", String.valueOf(name), "must be 'container' or 'virtual-machine'");
  }
}
