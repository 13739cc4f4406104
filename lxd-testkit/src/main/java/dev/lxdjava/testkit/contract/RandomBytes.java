package dev.lxdjava.testkit.contract;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * A stream of pseudo-random bytes of a fixed length, generated while it is read, so tests can send
 * hundreds of megabytes without holding them. The same seed gives the same bytes.
 */
final class RandomBytes extends InputStream {
  private final SplittableRandom random;
  private long remaining;

  RandomBytes(long seed, long length) {
    this.random = new SplittableRandom(seed);
    this.remaining = length;
  }

  @Override
  public int read() {
    if (remaining <= 0) {
      return -1;
    }
    remaining--;
    return random.nextInt(256);
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (remaining <= 0) {
      return -1;
    }
    int count = (int) Math.min(length, remaining);
    int i = 0;
    while (i < count) {
      long bits = random.nextLong();
      for (int b = 0; b < 8 && i < count; b++, i++) {
        buffer[offset + i] = (byte) (bits >>> (8 * b));
      }
    }
    remaining -= count;
    return count;
  }
}
