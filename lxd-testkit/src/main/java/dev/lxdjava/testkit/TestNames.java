package dev.lxdjava.testkit;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unique names for test resources. Every name starts with {@link #PREFIX}, so leftovers of an
 * interrupted run can be found and removed ({@code scripts/lxd-setup.sh} does that) without
 * touching anything else.
 */
public final class TestNames {
  /** Prefix of every resource a test creates. */
  public static final String PREFIX = "lxdjt-";

  /** Alias of the busybox image that {@code scripts/lxd-setup.sh} imports. */
  public static final String IMAGE_ALIAS =
      System.getenv().getOrDefault("LXD_TEST_IMAGE_ALIAS", "lxdjava-busybox");

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestNames() {}

  /**
   * A fresh name such as {@code lxdjt-3fa9c2d1}: 14 characters, short enough for network interfaces
   * and valid for every LXD object kind.
   */
  public static String unique() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return PREFIX + HexFormat.of().formatHex(bytes);
  }
}
