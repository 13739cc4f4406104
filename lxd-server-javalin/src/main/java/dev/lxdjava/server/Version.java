package dev.lxdjava.server;

/** The gateway's version, from the jar manifest; {@code dev} when run from classes. */
public final class Version {
  private Version() {}

  /** The version string. */
  public static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
