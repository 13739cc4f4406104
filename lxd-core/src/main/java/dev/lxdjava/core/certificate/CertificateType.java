package dev.lxdjava.core.certificate;

import dev.lxdjava.core.LxdValidationException;

/** What a trusted certificate may do. */
public enum CertificateType {
  /** A client of the whole API, possibly restricted to some projects. */
  CLIENT("client"),

  /** A client of {@code /1.0/metrics} only (API extension {@code metrics}). */
  METRICS("metrics");

  private final String wireName;

  CertificateType(String wireName) {
    this.wireName = wireName;
  }

  /** The name LXD uses in JSON. */
  public String wireName() {
    return wireName;
  }

  /**
   * Maps LXD's name for the type.
   *
   * @throws LxdValidationException if the name is neither {@code client} nor {@code metrics}
   */
  public static CertificateType fromWireName(String name) {
    for (CertificateType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new LxdValidationException(
        "certificate type", String.valueOf(name), "must be 'client' or 'metrics'");
  }
}
