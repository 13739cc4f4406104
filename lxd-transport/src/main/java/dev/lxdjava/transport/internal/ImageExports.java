package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.image.ImageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Streams {@code GET /1.0/images/{fingerprint}/export} into files. LXD sends a unified image as one
 * body, and a split image as {@code multipart/form-data} with the parts {@code metadata} and {@code
 * rootfs} (or {@code rootfs.img}); parts are parsed as they arrive and written straight to disk.
 */
final class ImageExports {
  /** Maximum time without data between two reads of the body. */
  static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

  private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
  private static final int READ_SIZE = 64 * 1024;

  private ImageExports() {}

  /**
   * Downloads the export at {@code path} into {@code directory}.
   *
   * @param fingerprint the requested fingerprint, for messages and fallback file names
   */
  static ImageFiles download(RestClient rest, LxdPath path, String fingerprint, Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new LxdValidationException(
          "export directory", directory.toString(), "must be an existing directory");
    }
    List<Path> written = new ArrayList<>();
    try (Download download = rest.download(path, Map.of(), IDLE_TIMEOUT)) {
      String contentType = download.header("Content-Type");
      if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
        return split(download.body(), contentType, directory, fingerprint, written);
      }
      String name = fileName(download.header("Content-Disposition"), fingerprint);
      Path target = directory.resolve(name);
      written.add(target);
      Files.copy(download.body(), target, StandardCopyOption.REPLACE_EXISTING);
      return ImageFiles.unified(target);
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(written);
      throw new LxdTransportException(
          "export of image " + fingerprint + " to " + directory + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(written);
      throw e;
    }
  }

  static ImageFiles split(
      InputStream body, String contentType, Path directory, String fingerprint, List<Path> written)
      throws IOException {
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw new LxdProtocolException(
          "image export: multipart reply without a boundary: " + contentType);
    }
    PartWriter writer = new PartWriter(directory, fingerprint, written);
    MultiPart.Parser parser = new MultiPart.Parser(boundary, writer);
    int read;
    do {
      // A fresh buffer per read: the parser hands out slices of it to the part writer.
      byte[] buffer = new byte[READ_SIZE];
      read = body.read(buffer);
      if (read > 0) {
        parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, read), false));
      }
      writer.rethrow();
    } while (read >= 0);
    parser.parse(Content.Chunk.EOF);
    writer.rethrow();
    return writer.files();
  }

  /**
   * Returns the file name from a {@code Content-Disposition} header, or {@code fallback} when it
   * has none or the name is not a plain file name (no directories, no leading dot).
   */
  static String fileName(String contentDisposition, String fallback) {
    for (String parameter : contentDisposition.split(";")) {
      String trimmed = parameter.strip();
      if (trimmed.regionMatches(true, 0, "filename=", 0, 9)) {
        String value = trimmed.substring(9).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return PLAIN_FILE_NAME.matcher(value).matches() ? value : fallback;
      }
    }
    return fallback;
  }

  /** Returns the {@code name} parameter of a part's {@code Content-Disposition}, or empty. */
  static String partName(String contentDisposition) {
    for (String parameter : contentDisposition.split(";")) {
      String trimmed = parameter.strip();
      if (trimmed.regionMatches(true, 0, "name=", 0, 5)) {
        return trimmed.substring(5).replace("\"", "").strip();
      }
    }
    return "";
  }

  private static void deleteQuietly(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // The export already failed; a leftover partial file is reported by that failure.
      }
    }
  }

  /** Writes each part of a split export to its own file as the parser delivers it. */
  private static final class PartWriter implements MultiPart.Parser.Listener {
    private final Path directory;
    private final String fingerprint;
    private final List<Path> written;
    private final Map<String, Path> parts = new LinkedHashMap<>();
    private String disposition = "";
    private FileChannel channel;
    private Throwable failure;

    PartWriter(Path directory, String fingerprint, List<Path> written) {
      this.directory = directory;
      this.fingerprint = fingerprint;
      this.written = written;
    }

    @Override
    public void onPartBegin() {
      disposition = "";
    }

    @Override
    public void onPartHeader(String name, String value) {
      if ("Content-Disposition".equalsIgnoreCase(name)) {
        disposition = value;
      }
    }

    @Override
    public void onPartHeaders() {
      if (failure != null) {
        return;
      }
      String part = partName(disposition);
      String fallback = part.equals("metadata") ? "meta-" + fingerprint : fingerprint + "." + part;
      if (!part.equals("metadata") && !part.equals("rootfs") && !part.equals("rootfs.img")) {
        failure = new LxdProtocolException("image export: unexpected part '" + part + "'");
        return;
      }
      Path target = directory.resolve(fileName(disposition, fallback));
      try {
        written.add(target);
        channel =
            FileChannel.open(
                target,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        parts.put(part, target);
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
      if (failure != null || channel == null) {
        return;
      }
      ByteBuffer data = chunk.getByteBuffer().duplicate();
      try {
        while (data.hasRemaining()) {
          channel.write(data);
        }
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void onPartEnd() {
      closeChannel();
    }

    @Override
    public void onFailure(Throwable cause) {
      if (failure == null) {
        failure = cause;
      }
      closeChannel();
    }

    private void closeChannel() {
      if (channel == null) {
        return;
      }
      try {
        channel.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
      }
      channel = null;
    }

    void rethrow() throws IOException {
      if (failure == null) {
        return;
      }
      closeChannel();
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new LxdProtocolException(
          "image export: cannot parse the multipart reply: " + failure.getMessage(), failure);
    }

    ImageFiles files() {
      Path metadata = parts.get("metadata");
      Path rootfs = parts.containsKey("rootfs") ? parts.get("rootfs") : parts.get("rootfs.img");
      if (metadata == null || rootfs == null) {
        throw new LxdProtocolException(
            "image export: expected the parts 'metadata' and 'rootfs', got " + parts.keySet());
      }
      return ImageFiles.split(metadata, rootfs);
    }
  }
}
