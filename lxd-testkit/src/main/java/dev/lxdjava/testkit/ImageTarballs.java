package dev.lxdjava.testkit;

import dev.lxdjava.core.image.ImageFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds test images from the gzip-compressed unified tarball of an existing image (such as the
 * busybox test image exported from LXD), streaming entry by entry. Reads tar archives with short
 * names only (ustar or GNU headers, names under 100 bytes), which is what {@code
 * scripts/lxd-setup.sh} writes; other archives raise {@link IllegalArgumentException}.
 */
public final class ImageTarballs {
  private static final int BLOCK = 512;
  private static final int NAME_LENGTH = 100;
  private static final int LINK_NAME_OFFSET = 157;
  private static final String ROOTFS = "rootfs/";

  private ImageTarballs() {}

  /**
   * Copies a unified image and adds the file {@code rootfs/etc/lxdjt-marker} holding {@code
   * marker}, so the copy has a fingerprint of its own but the same contents otherwise.
   */
  public static Path withMarker(Path unified, Path target, String marker) {
    try (InputStream in = gunzip(unified);
        OutputStream out = gzip(target)) {
      byte[] header;
      while ((header = nextHeader(in)) != null) {
        out.write(header);
        copyContent(in, out, size(header));
      }
      byte[] content = marker.getBytes(StandardCharsets.UTF_8);
      out.write(fileHeader(ROOTFS + "etc/lxdjt-marker", content.length));
      out.write(content);
      out.write(new byte[padding(content.length)]);
      out.write(new byte[2 * BLOCK]);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a unified image into a metadata tarball ({@code metadata.yaml} and {@code templates/})
   * and a root file system tarball whose entries lose their {@code rootfs/} prefix, as LXD expects
   * for a split container image. {@code marker} is appended to {@code metadata.yaml} as a comment,
   * so the split image has a fingerprint of its own.
   *
   * @return {@code metadata.tar.gz} and {@code rootfs.tar.gz} in {@code directory}
   */
  public static ImageFiles split(Path unified, Path directory, String marker) {
    Path metadata = directory.resolve("metadata.tar.gz");
    Path rootfs = directory.resolve("rootfs.tar.gz");
    try (InputStream in = gunzip(unified);
        OutputStream metadataOut = gzip(metadata);
        OutputStream rootfsOut = gzip(rootfs)) {
      byte[] header;
      while ((header = nextHeader(in)) != null) {
        String name = name(header);
        long size = size(header);
        if (name.equals("metadata.yaml")) {
          byte[] yaml = in.readNBytes((int) size);
          in.skipNBytes(padding(size));
          byte[] marked =
              (new String(yaml, StandardCharsets.UTF_8) + "\n# " + marker + "\n")
                  .getBytes(StandardCharsets.UTF_8);
          metadataOut.write(fileHeader("metadata.yaml", marked.length));
          metadataOut.write(marked);
          metadataOut.write(new byte[padding(marked.length)]);
        } else if (name.startsWith(ROOTFS)) {
          String inner = name.equals(ROOTFS) ? "./" : name.substring(ROOTFS.length());
          rootfsOut.write(renamed(header, inner));
          copyContent(in, rootfsOut, size);
        } else {
          metadataOut.write(header);
          copyContent(in, metadataOut, size);
        }
      }
      metadataOut.write(new byte[2 * BLOCK]);
      rootfsOut.write(new byte[2 * BLOCK]);
      return ImageFiles.split(metadata, rootfs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a tar header for a regular file owned by root with mode 0644. */
  static byte[] fileHeader(String name, long size) {
    byte[] header = new byte[BLOCK];
    put(header, 0, NAME_LENGTH, name);
    put(header, 100, 8, "0000644");
    put(header, 108, 8, "0000000");
    put(header, 116, 8, "0000000");
    put(header, 124, 12, String.format("%011o", size));
    put(header, 136, 12, String.format("%011o", System.currentTimeMillis() / 1000));
    header[156] = '0';
    put(header, 257, 6, "ustar");
    put(header, 263, 2, "00");
    put(header, 265, 32, "root");
    put(header, 297, 32, "root");
    writeChecksum(header);
    return header;
  }

  private static byte[] renamed(byte[] header, String name) {
    byte[] copy = header.clone();
    Arrays.fill(copy, 0, NAME_LENGTH, (byte) 0);
    put(copy, 0, NAME_LENGTH, name);
    String link = field(copy, LINK_NAME_OFFSET, NAME_LENGTH);
    // A hard link names another entry of the archive, which also loses its prefix.
    if (copy[156] == '1' && link.startsWith(ROOTFS)) {
      Arrays.fill(copy, LINK_NAME_OFFSET, LINK_NAME_OFFSET + NAME_LENGTH, (byte) 0);
      put(copy, LINK_NAME_OFFSET, NAME_LENGTH, link.substring(ROOTFS.length()));
    }
    writeChecksum(copy);
    return copy;
  }

  /**
   * Reads the next header, or returns {@code null} at the end of the archive (a block of zeros).
   */
  private static byte[] nextHeader(InputStream in) throws IOException {
    byte[] header = in.readNBytes(BLOCK);
    if (header.length < BLOCK || isZero(header)) {
      return null;
    }
    byte type = header[156];
    if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
      throw new IllegalArgumentException(
          "tar entry type '" + (char) type + "' (long names or PAX headers) is not supported");
    }
    return header;
  }

  private static void copyContent(InputStream in, OutputStream out, long size) throws IOException {
    long blocks = size + padding(size);
    byte[] buffer = new byte[8192];
    while (blocks > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, blocks));
      if (read < 0) {
        throw new IOException("tar archive ends inside an entry");
      }
      out.write(buffer, 0, read);
      blocks -= read;
    }
  }

  private static String name(byte[] header) {
    return field(header, 0, NAME_LENGTH);
  }

  private static long size(byte[] header) {
    String octal = field(header, 124, 12).strip();
    return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
  }

  private static int padding(long size) {
    return (int) ((BLOCK - size % BLOCK) % BLOCK);
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }

  private static void put(byte[] header, int offset, int length, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length > length) {
      throw new IllegalArgumentException("tar field too long: " + value);
    }
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }

  private static void writeChecksum(byte[] header) {
    Arrays.fill(header, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    put(header, 148, 8, String.format("%06o", sum));
    header[154] = 0;
    header[155] = ' ';
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static InputStream gunzip(Path file) throws IOException {
    return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
  }

  private static OutputStream gzip(Path file) throws IOException {
    return new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
  }
}
