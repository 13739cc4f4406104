package dev.lxdjava.testkit.fake.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A minimal ustar reader and writer for the tarballs the fake handles: image uploads and exports,
 * and instance backups. Only regular files, directories and symbolic links are kept.
 */
final class Tarball {
  private static final int BLOCK = 512;

  private Tarball() {}

  /**
   * One entry.
   *
   * @param type {@code file}, {@code directory} or {@code symlink}
   * @param content file content, or the link target for a symbolic link
   */
  record Entry(String path, String type, int mode, int uid, int gid, byte[] content) {}

  /**
   * Writes entries as a gzip-compressed tarball with fixed time stamps, so equal input gives equal
   * bytes.
   */
  static byte[] write(List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      for (Entry entry : entries) {
        gzip.write(header(entry));
        if (entry.type.equals("file")) {
          gzip.write(entry.content);
          gzip.write(new byte[(BLOCK - entry.content.length % BLOCK) % BLOCK]);
        }
      }
      gzip.write(new byte[2 * BLOCK]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] header(Entry entry) {
    byte[] header = new byte[BLOCK];
    String name = entry.type.equals("directory") ? entry.path + "/" : entry.path;
    put(header, 0, 100, name);
    put(header, 100, 8, octal(entry.mode, 7));
    put(header, 108, 8, octal(entry.uid, 7));
    put(header, 116, 8, octal(entry.gid, 7));
    put(header, 124, 12, octal(entry.type.equals("file") ? entry.content.length : 0, 11));
    put(header, 136, 12, octal(0, 11));
    char flag =
        switch (entry.type) {
          case "directory" -> '5';
          case "symlink" -> '2';
          default -> '0';
        };
    header[156] = (byte) flag;
    if (entry.type.equals("symlink")) {
      put(header, 157, 100, new String(entry.content, StandardCharsets.UTF_8));
    }
    put(header, 257, 6, "ustar");
    put(header, 263, 2, "00");
    java.util.Arrays.fill(header, 148, 156, (byte) ' ');
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    put(header, 148, 8, octal(sum, 6) + "\0 ");
    return header;
  }

  private static String octal(long value, int width) {
    String digits = Long.toOctalString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static void put(byte[] header, int offset, int length, String value) {
    byte[] raw = value.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(raw, 0, header, offset, Math.min(raw.length, length));
  }

  /**
   * Reads a tarball, gzip-compressed or not.
   *
   * @throws LxdError 400 when the bytes are not a tarball
   */
  static List<Entry> read(byte[] data) {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = open(data)) {
      while (true) {
        byte[] header = in.readNBytes(BLOCK);
        if (header.length < BLOCK || isZero(header)) {
          return entries;
        }
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        String path = prefix.isEmpty() ? name : prefix + "/" + name;
        long size = number(header, 124, 12);
        char flag = (char) header[156];
        byte[] content = in.readNBytes((int) size);
        in.readNBytes((int) ((BLOCK - size % BLOCK) % BLOCK));
        String type =
            switch (flag) {
              case '5' -> "directory";
              case '2' -> "symlink";
              default -> "file";
            };
        if (type.equals("symlink")) {
          content = text(header, 157, 100).getBytes(StandardCharsets.UTF_8);
        }
        if (flag == '0' || flag == 0 || flag == '5' || flag == '2') {
          entries.add(
              new Entry(
                  trimSlash(path),
                  type,
                  (int) number(header, 100, 8),
                  (int) number(header, 108, 8),
                  (int) number(header, 116, 8),
                  content));
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw LxdError.badRequest("Invalid tarball: " + e.getMessage());
    }
  }

  private static InputStream open(byte[] data) throws IOException {
    boolean gzip = data.length > 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
    InputStream raw = new ByteArrayInputStream(data);
    return gzip ? new GZIPInputStream(raw) : raw;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long number(byte[] header, int offset, int length) {
    String value = text(header, offset, length).strip();
    return value.isEmpty() ? 0 : Long.parseLong(value, 8);
  }

  private static String trimSlash(String path) {
    String result = path.startsWith("./") ? path.substring(2) : path;
    return result.endsWith("/") ? result.substring(0, result.length() - 1) : result;
  }
}
