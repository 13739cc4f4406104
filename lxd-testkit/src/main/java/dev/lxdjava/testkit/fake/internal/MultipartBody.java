package dev.lxdjava.testkit.fake.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code multipart/form-data} bodies as LXD reads and writes them for split images: a {@code
 * metadata} part and a {@code rootfs} (or {@code rootfs.img}) part.
 */
final class MultipartBody {
  private MultipartBody() {}

  /** A part's field name, file name and content. */
  record Part(String name, String filename, byte[] content) {}

  /** Whether a {@code Content-Type} header announces a multipart form. */
  static boolean isMultipart(String contentType) {
    return contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * Parses the parts of {@code body} by field name.
   *
   * @throws LxdError 400 when the boundary is missing or a part is malformed
   */
  static Map<String, Part> parse(String contentType, byte[] body) {
    String boundary = "";
    for (String parameter : contentType.split(";")) {
      String trimmed = parameter.strip();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        boundary = trimmed.substring("boundary=".length()).replace("\"", "");
      }
    }
    if (boundary.isEmpty()) {
      throw LxdError.badRequest("Invalid multipart image: no boundary in " + contentType);
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    Map<String, Part> parts = new LinkedHashMap<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length;
      if (headersStart + 1 < body.length
          && body[headersStart] == '-'
          && body[headersStart + 1] == '-') {
        break;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
      int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII), start);
      if (headersEnd < 0 || next < 0 || next < headersEnd) {
        throw LxdError.badRequest("Invalid multipart image: a part has no end");
      }
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      String name = parameter(headers, "name");
      parts.put(
          name,
          new Part(
              name,
              parameter(headers, "filename"),
              Arrays.copyOfRange(body, headersEnd + 4, next)));
      start = next + 2;
    }
    return parts;
  }

  /** Writes parts as a multipart body delimited by {@code boundary}. */
  static byte[] write(String boundary, Part... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + part.name()
              + "\"; filename=\""
              + part.filename()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static String parameter(String headers, String key) {
    for (String line : headers.split("\r\n")) {
      if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        continue;
      }
      for (String parameter : line.split(";")) {
        String trimmed = parameter.strip();
        if (trimmed.startsWith(key + "=")) {
          return trimmed.substring(key.length() + 1).replace("\"", "");
        }
      }
    }
    return "";
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
