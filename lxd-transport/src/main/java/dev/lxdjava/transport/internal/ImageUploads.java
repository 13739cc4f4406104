package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImageUpload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sends image files as the body of {@code POST /1.0/images}, streamed from disk: a unified tarball
 * as {@code application/octet-stream}, a split image as {@code multipart/form-data} with the parts
 * {@code metadata} and {@code rootfs} (or {@code rootfs.img} for a virtual machine disk), in that
 * order, as LXD 5.0 reads them.
 */
final class ImageUploads {
  /** Time allowed for the whole upload; LXD reads the body completely before it replies. */
  static final Duration UPLOAD_TIMEOUT = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private ImageUploads() {}

  static LxdResponse send(RestClient rest, LxdPath path, ImageUpload request) {
    ImageFiles files = request.files();
    requireReadable(files.main());
    if (files.isSplit()) {
      requireReadable(files.rootfs());
    }
    Map<String, String> headers = headers(request);
    InputStream body = null;
    try {
      String contentType;
      if (files.isSplit()) {
        String boundary = HexFormat.of().formatHex(randomBytes(16));
        contentType = "multipart/form-data; boundary=" + boundary;
        body = multipart(boundary, files);
      } else {
        contentType = "application/octet-stream";
        body = Files.newInputStream(files.main());
      }
      return rest.sendStream("POST", path, body, contentType, headers, UPLOAD_TIMEOUT);
    } catch (IOException e) {
      throw new LxdTransportException("cannot read image file: " + e.getMessage(), e);
    } finally {
      closeQuietly(body);
    }
  }

  private static Map<String, String> headers(ImageUpload request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-LXD-public", request.isPublic() ? "1" : "0");
    if (!request.filename().isEmpty()) {
      headers.put("X-LXD-filename", request.filename());
    }
    if (!request.fingerprint().isEmpty()) {
      headers.put("X-LXD-fingerprint", request.fingerprint());
    }
    if (!request.properties().isEmpty()) {
      StringJoiner query = new StringJoiner("&");
      request
          .properties()
          .forEach(
              (key, value) ->
                  query.add(
                      URLEncoder.encode(key, StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(value, StandardCharsets.UTF_8)));
      headers.put("X-LXD-properties", query.toString());
    }
    return headers;
  }

  /**
   * Builds the multipart body: headers and boundaries from memory, file contents streamed from
   * disk.
   */
  static InputStream multipart(String boundary, ImageFiles files) throws IOException {
    String rootfsPart = isDiskImage(files.rootfs()) ? "rootfs.img" : "rootfs";
    InputStream metadata = Files.newInputStream(files.main());
    InputStream rootfs;
    try {
      rootfs = Files.newInputStream(files.rootfs());
    } catch (IOException e) {
      metadata.close();
      throw e;
    }
    List<InputStream> pieces =
        List.of(
            text(partHeader(boundary, "metadata", files.main())),
            metadata,
            text("\r\n" + partHeader(boundary, rootfsPart, files.rootfs())),
            rootfs,
            text("\r\n--" + boundary + "--\r\n"));
    return new SequenceInputStream(Collections.enumeration(pieces));
  }

  private static String partHeader(String boundary, String name, Path file) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"; filename=\""
        + headerSafe(file.getFileName().toString())
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
  }

  private static boolean isDiskImage(Path rootfs) {
    String name = rootfs.getFileName().toString();
    return name.endsWith(".img") || name.endsWith(".qcow2");
  }

  /** Keeps printable ASCII except quotes and backslashes, which would end the header value. */
  static String headerSafe(String fileName) {
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
      safe.append(plain ? c : '_');
    }
    return safe.toString();
  }

  private static InputStream text(String value) {
    return new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
  }

  private static void requireReadable(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new LxdValidationException(
          "image file", file.toString(), "must be an existing, readable regular file");
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static void closeQuietly(InputStream body) {
    if (body == null) {
      return;
    }
    try {
      body.close();
    } catch (IOException ignored) {
      // The upload is over; a failed close of a file being read loses nothing.
    }
  }
}
