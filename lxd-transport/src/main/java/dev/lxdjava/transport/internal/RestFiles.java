package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.file.FilePaths;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.file.FileType;
import dev.lxdjava.core.file.Files;
import dev.lxdjava.core.file.PulledFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link Files} over {@code /1.0/instances/{name}/files}. */
final class RestFiles implements Files {
  /** Maximum silence on the connection while a file streams. */
  static final Duration TRANSFER_IDLE_TIMEOUT = Duration.ofMinutes(5);

  /** The API extension that file deletion needs. */
  static final String FILE_DELETE = "file_delete";

  private static final String OCTET_STREAM = "application/octet-stream";

  private final RestClient rest;
  private final Scope scope;
  private final RestServer server;
  private final DaemonHeaders headers = DaemonHeaders.LXD;

  RestFiles(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
    this.server = new RestServer(rest);
  }

  private LxdPath path(String instance, String path) {
    return LxdPath.of("instances", Names.instance(instance), "files")
        .query("path", FilePaths.check(path))
        .scope(scope, false);
  }

  @Override
  public void push(String instance, String path, InputStream content, FilePush options) {
    upload(instance, path, content, FileType.FILE, options);
  }

  @Override
  public void createDirectory(String instance, String path, FilePush options) {
    upload(instance, path, InputStream.nullInputStream(), FileType.DIRECTORY, options);
  }

  @Override
  public void createSymlink(String instance, String path, String target, FilePush options) {
    if (target == null || target.isEmpty() || target.indexOf('\0') >= 0) {
      throw new LxdValidationException(
          "symbolic link target", String.valueOf(target), "must be a non-empty path without NUL");
    }
    byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
    upload(instance, path, new ByteArrayInputStream(bytes), FileType.SYMLINK, options);
  }

  private void upload(
      String instance, String path, InputStream content, FileType type, FilePush options) {
    LxdPath target = path(instance, path);
    rest.sendStream(
        "POST", target, content, OCTET_STREAM, uploadHeaders(type, options), TRANSFER_IDLE_TIMEOUT);
  }

  /** Builds the request headers of an upload: type, write mode, and owner and mode when set. */
  Map<String, String> uploadHeaders(FileType type, FilePush options) {
    Map<String, String> result = new LinkedHashMap<>();
    result.put(headers.type(), type.wireName());
    result.put(headers.write(), options.append() ? "append" : "overwrite");
    if (options.uid() >= 0) {
      result.put(headers.uid(), Integer.toString(options.uid()));
    }
    if (options.gid() >= 0) {
      result.put(headers.gid(), Integer.toString(options.gid()));
    }
    if (options.mode() >= 0) {
      result.put(headers.mode(), String.format("%04o", options.mode()));
    }
    return result;
  }

  @Override
  public PulledFile pull(String instance, String path) {
    LxdPath target = path(instance, path);
    Download download = rest.download(target, Map.of(), TRANSFER_IDLE_TIMEOUT);
    try {
      FileType type = fileType(download, target);
      int uid = number(download, headers.uid(), 10, target);
      int gid = number(download, headers.gid(), 10, target);
      int mode = number(download, headers.mode(), 8, target);
      if (type == FileType.DIRECTORY) {
        List<String> entries = directoryEntries(download, target);
        return new PulledFile(path, type, uid, gid, mode, entries, null);
      }
      return new PulledFile(path, type, uid, gid, mode, List.of(), download.body());
    } catch (RuntimeException e) {
      closeQuietly(download);
      throw e;
    }
  }

  private FileType fileType(Download download, LxdPath target) {
    String value = download.header(headers.type());
    try {
      return FileType.fromWireName(value);
    } catch (LxdValidationException e) {
      throw new LxdProtocolException(
          "GET " + target + ": header " + headers.type() + " has unknown type '" + value + "'");
    }
  }

  private static int number(Download download, String header, int radix, LxdPath target) {
    String value = download.header(header);
    try {
      return Integer.parseInt(value, radix);
    } catch (NumberFormatException e) {
      throw new LxdProtocolException(
          "GET " + target + ": header " + header + " is not a number: '" + value + "'");
    }
  }

  /** Reads the JSON envelope LXD sends for a directory: its metadata lists the entry names. */
  private List<String> directoryEntries(Download download, LxdPath target) {
    byte[] content;
    try (InputStream body = download.body()) {
      content = body.readNBytes(RestClient.MAX_JSON_BYTES);
    } catch (IOException e) {
      throw new LxdTransportException("GET " + target + " failed while reading: " + e, e);
    }
    LxdResponse listing = rest.decode("GET", target.toString(), download.status(), content);
    if (!listing.metadata().isArray()) {
      throw new LxdProtocolException(
          "GET " + target + ": directory listing is not an array but " + listing.metadata());
    }
    return JsonFields.of(JsonFields.newObject().set("entries", listing.metadata()), "directory")
        .textList("entries");
  }

  private static void closeQuietly(Download download) {
    try {
      download.close();
    } catch (IOException ignored) {
      // Closing only frees the connection.
    }
  }

  @Override
  public void delete(String instance, String path) {
    LxdPath target = path(instance, path);
    server.requireExtension(FILE_DELETE);
    rest.send("DELETE", target, null);
  }
}
