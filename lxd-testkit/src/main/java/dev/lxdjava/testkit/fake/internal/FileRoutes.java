package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /1.0/instances/{name}/files?path=...}: read, write, append and delete files, directories
 * and symbolic links with LXD 5.0's headers ({@code X-LXD-type}, {@code -mode}, {@code -uid},
 * {@code -gid}, {@code -write}) and its replies.
 */
final class FileRoutes {
  private final Daemon daemon;
  private final Lookups lookups;

  FileRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    String path = "instances/{name}/files";
    router.get(path, (request, params) -> read(request, params.get("name")));
    router.post(path, (request, params) -> write(request, params.get("name")));
    router.delete(path, (request, params) -> delete(request, params.get("name")));
  }

  private static String path(ApiRequest request) {
    String path = request.param("path");
    if (path.isEmpty()) {
      throw LxdError.badRequest("Missing path argument");
    }
    return path;
  }

  private static Map<String, String> headers(FileTree.Node node) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-LXD-uid", Integer.toString(node.uid));
    headers.put("X-LXD-gid", Integer.toString(node.gid));
    headers.put("X-LXD-mode", String.format("%04o", node.mode & 0777));
    headers.put("X-LXD-type", node.type);
    headers.put("X-LXD-modified", Times.lxdModified(node.modified));
    return headers;
  }

  private ApiReply read(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      String path = path(request);
      FileTree.Node node = instance.files.find(path);
      if (node == null) {
        throw LxdError.notFound("Not Found");
      }
      Map<String, String> headers = headers(node);
      if (!request.method().equals("HEAD")) {
        daemon.events.lifecycle(
            instance.project, "instance-file-retrieved", instance.url(), context(path), null);
      }
      if (node.isDirectory()) {
        ApiReply.Sync listing = ApiReply.ok(Json.strings(instance.files.list(path)));
        return new ApiReply.Raw(200, "application/json", envelope(listing), headers);
      }
      if (request.method().equals("HEAD")) {
        return new ApiReply.Raw(200, "application/json", new byte[0], headers);
      }
      String fileName =
          FileTree.normalize(path).substring(FileTree.normalize(path).lastIndexOf('/') + 1);
      headers.put("Content-Disposition", "inline;filename=" + fileName);
      headers.put("Last-Modified", Times.http(node.modified));
      headers.put("Accept-Ranges", "bytes");
      return new ApiReply.Raw(200, "application/octet-stream", node.content.clone(), headers);
    }
  }

  /** A directory listing is a sync envelope with the file headers added. */
  private static byte[] envelope(ApiReply.Sync listing) {
    ObjectNode envelope = Json.object();
    envelope.put("type", "sync");
    envelope.put("status", "Success");
    envelope.put("status_code", 200);
    envelope.put("operation", "");
    envelope.put("error_code", 0);
    envelope.put("error", "");
    envelope.set("metadata", listing.metadata());
    return Json.write(envelope);
  }

  private ApiReply write(ApiRequest request, String name) {
    String type = request.header("X-LXD-type");
    type = type.isEmpty() ? "file" : type;
    if (!type.equals("file") && !type.equals("directory") && !type.equals("symlink")) {
      throw LxdError.badRequest("Bad file type: " + type);
    }
    String mode = request.header("X-LXD-write");
    mode = mode.isEmpty() ? "overwrite" : mode;
    if (!mode.equals("overwrite") && !mode.equals("append")) {
      throw LxdError.badRequest("Bad file write mode: " + mode);
    }
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      String path = path(request);
      if (!instance.files.parentIsDirectory(path)) {
        throw LxdError.notFound("Not Found");
      }
      FileTree.Node existing = instance.files.find(path);
      int fileMode = number(request.header("X-LXD-mode"), 8, -1);
      int uid = number(request.header("X-LXD-uid"), 10, -1);
      int gid = number(request.header("X-LXD-gid"), 10, -1);
      switch (type) {
        case "directory" -> {
          if (existing == null) {
            instance.files.put(
                path,
                new FileTree.Node(
                    "directory", fileMode < 0 ? 0750 : fileMode, max(uid), max(gid), new byte[0]));
          }
        }
        case "symlink" ->
            instance.files.put(
                path, new FileTree.Node("symlink", 0777, max(uid), max(gid), request.body()));
        default -> {
          if (existing != null && existing.isDirectory()) {
            throw LxdError.internal(
                "sftp: \"open " + FileTree.normalize(path) + ": is a directory\" (SSH_FX_FAILURE)");
          }
          if (existing == null || existing.type.equals("symlink")) {
            instance.files.put(
                path,
                new FileTree.Node(
                    "file", fileMode < 0 ? 0644 : fileMode, max(uid), max(gid), request.body()));
          } else {
            existing.content =
                mode.equals("append")
                    ? FileTree.concat(existing.content, request.body())
                    : request.body();
            existing.mode = fileMode < 0 ? existing.mode : fileMode;
            existing.uid = uid < 0 ? existing.uid : uid;
            existing.gid = gid < 0 ? existing.gid : gid;
            existing.modified = Instant.now();
          }
        }
      }
      daemon.events.lifecycle(
          instance.project, "instance-file-pushed", instance.url(), context(path), null);
    }
    return ApiReply.empty();
  }

  private static int max(int id) {
    return Math.max(id, 0);
  }

  /** A header number; absent or malformed gives the fallback, as LXD ignores such headers. */
  private static int number(String value, int radix, int fallback) {
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value, radix);
      return radix == 8 ? parsed & 07777 : parsed;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private ApiReply delete(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      String path = path(request);
      FileTree.Node node = instance.files.find(path);
      if (node == null) {
        throw LxdError.notFound("Not Found");
      }
      if (node.isDirectory() && !instance.files.list(path).isEmpty()) {
        throw LxdError.internal("sftp: \"directory not empty\" (SSH_FX_FAILURE)");
      }
      instance.files.remove(path);
      daemon.events.lifecycle(
          instance.project, "instance-file-deleted", instance.url(), context(path), null);
    }
    return ApiReply.empty();
  }

  private static ObjectNode context(String path) {
    return Json.object().put("path", path);
  }
}
