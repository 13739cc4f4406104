package dev.lxdjava.testkit.contract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stream helpers for contract tests that move large contents. */
final class Streams {
  private Streams() {}

  /** Creates a SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** Wraps {@code in} so that every byte read also updates {@code digest}. */
  static InputStream digesting(InputStream in, MessageDigest digest) {
    return new DigestInputStream(in, digest);
  }

  /**
   * Reads {@code in} to its end in small chunks, closes it, and returns the SHA-256 of what was
   * read as hex.
   */
  static String sha256Of(InputStream in) {
    MessageDigest digest = sha256();
    try (InputStream source = in) {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = source.read(buffer)) >= 0) {
        digest.update(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading failed: " + e.getMessage(), e);
    }
    return hex(digest);
  }

  /** Formats the digest's value as lower-case hex. */
  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A stream that counts the bytes read through it. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      if (value >= 0) {
        count++;
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    /** Bytes read so far. */
    long count() {
      return count;
    }
  }
}
