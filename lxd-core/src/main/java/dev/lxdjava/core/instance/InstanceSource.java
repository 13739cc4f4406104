package dev.lxdjava.core.instance;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;

/**
 * What a new instance is made from: an image (by alias or fingerprint, local or on a remote image
 * server), a copy of another instance or snapshot, or nothing. Use the static factories.
 *
 * @param type LXD's source type: {@code image}, {@code copy} or {@code none}
 * @param alias image alias, or empty
 * @param fingerprint image fingerprint (or a unique prefix), or empty
 * @param server remote image server URL, or empty for the local image store
 * @param protocol {@code lxd} or {@code simplestreams} when {@code server} is set, else empty
 * @param source instance or {@code instance/snapshot} to copy, for type {@code copy}
 */
public record InstanceSource(
    String type, String alias, String fingerprint, String server, String protocol, String source) {

  public InstanceSource {
    type = blankToEmpty(type);
    alias = blankToEmpty(alias);
    fingerprint = blankToEmpty(fingerprint);
    server = blankToEmpty(server);
    protocol = blankToEmpty(protocol);
    source = blankToEmpty(source);
    switch (type) {
      case "image" -> {
        if (alias.isEmpty() == fingerprint.isEmpty()) {
          throw new LxdValidationException(
              "image source", alias + fingerprint, "give exactly one of alias or fingerprint");
        }
        if (!fingerprint.isEmpty() && !fingerprint.matches("[0-9a-fA-F]{1,64}")) {
          throw new LxdValidationException(
              "image fingerprint", fingerprint, "must be 1 to 64 hexadecimal digits");
        }
        if (!alias.isEmpty()) {
          Names.segment("image alias", alias);
        }
        if (!server.isEmpty() && !protocol.equals("lxd") && !protocol.equals("simplestreams")) {
          throw new LxdValidationException(
              "image protocol", protocol, "must be 'lxd' or 'simplestreams' with a server");
        }
      }
      case "copy" -> checkCopySource(source);
      case "none" -> {}
      default ->
          throw new LxdValidationException(
              "instance source type", type, "must be 'image', 'copy' or 'none'");
    }
  }

  /** A local image, by alias. */
  public static InstanceSource imageAlias(String alias) {
    return new InstanceSource("image", alias, "", "", "", "");
  }

  /** A local image, by fingerprint or a unique fingerprint prefix. */
  public static InstanceSource imageFingerprint(String fingerprint) {
    return new InstanceSource("image", "", fingerprint, "", "", "");
  }

  /**
   * An image on a remote image server, by alias.
   *
   * @param protocol {@code simplestreams} or {@code lxd}
   */
  public static InstanceSource remoteImage(String server, String protocol, String alias) {
    return new InstanceSource("image", alias, "", server, protocol, "");
  }

  /**
   * A copy of another instance ({@code name}) or of a snapshot ({@code name/snapshot}). Both names
   * are checked by their rules, so the source is at most two path segments.
   */
  public static InstanceSource copyOf(String source) {
    return new InstanceSource("copy", "", "", "", "", source);
  }

  /** An empty instance without a root file system from an image. */
  public static InstanceSource none() {
    return new InstanceSource("none", "", "", "", "", "");
  }

  /** Checks {@code instance} or {@code instance/snapshot}, each part by its naming rule. */
  private static void checkCopySource(String source) {
    if (source.isEmpty()) {
      throw new LxdValidationException("copy source", source, "must name an instance");
    }
    int slash = source.indexOf('/');
    if (slash < 0) {
      Names.instance(source);
      return;
    }
    Names.instance(source.substring(0, slash));
    Names.snapshot(source.substring(slash + 1));
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }
}
