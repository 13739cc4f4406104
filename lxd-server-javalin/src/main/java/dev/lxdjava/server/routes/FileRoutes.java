package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.file.FilePaths;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.file.FileType;
import dev.lxdjava.core.file.PulledFile;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ParameterException;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files inside an instance under {@code /api/v1/instances/{name}/files}, the path in the {@code
 * path} query parameter. Contents stream in both directions and are never held in memory whole.
 */
public final class FileRoutes {
  private static final String FILES = "/api/v1/instances/{name}/files";
  static final String CONTENT = "application/octet-stream";

  private final Lxd lxd;

  public FileRoutes(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get(FILES, Access.OPERATOR, FileDocs.PULL, this::pull);
    router.post(FILES, Access.OPERATOR, FileDocs.PUSH, this::push);
    router.delete(FILES, Access.OPERATOR, FileDocs.DELETE, this::delete);
  }

  private Lxd scoped(Context ctx) {
    return Params.scoped(lxd, ctx);
  }

  private static String instance(Context ctx) {
    return Names.instance(ctx.pathParam("name"));
  }

  /** Reads the required {@code path} parameter and checks that it is absolute. */
  static String path(Context ctx) {
    String path = Params.value(ctx, FileDocs.PATH);
    if (path.isEmpty()) {
      throw new ParameterException(
          "path", "query parameter 'path' is required: an absolute path inside the instance");
    }
    return FilePaths.check(path);
  }

  /** Parses the octal {@code mode} parameter into permission bits, or -1 when absent. */
  static int mode(Context ctx) {
    String mode = Params.value(ctx, FileDocs.MODE);
    if (mode.isEmpty()) {
      return -1;
    }
    if (!mode.matches("0?[0-7]{1,3}")) {
      throw new ParameterException(
          "mode",
          "query parameter 'mode'='"
              + mode
              + "' must be octal permission bits from 0 to 0777, such as 0640");
    }
    return Integer.parseInt(mode, 8);
  }

  private void pull(Context ctx) {
    String instance = instance(ctx);
    String path = path(ctx);
    PulledFile file = scoped(ctx).files().pull(instance, path);
    ctx.header("X-File-Type", file.type().name().toLowerCase(java.util.Locale.ROOT));
    ctx.header("X-File-Uid", Integer.toString(file.uid()));
    ctx.header("X-File-Gid", Integer.toString(file.gid()));
    ctx.header("X-File-Mode", String.format("%04o", file.mode()));
    if (file.type() == FileType.DIRECTORY) {
      file.close();
      Map<String, Object> listing = new LinkedHashMap<>();
      listing.put("path", path);
      listing.put("type", "directory");
      listing.put("entries", file.entries().stream().sorted().toList());
      ctx.json(listing);
      return;
    }
    Streams.download(ctx, file.content(), CONTENT, path);
  }

  private void push(Context ctx) {
    String instance = instance(ctx);
    String path = path(ctx);
    FilePush options =
        new FilePush(
            Params.integer(ctx, FileDocs.UID),
            Params.integer(ctx, FileDocs.GID),
            mode(ctx),
            Params.bool(ctx, FileDocs.APPEND));
    try (InputStream content = ctx.bodyInputStream()) {
      scoped(ctx).files().push(instance, path, content, options);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded file failed: " + e.getMessage(), e);
    }
    ctx.status(201);
  }

  private void delete(Context ctx) {
    String instance = instance(ctx);
    String path = path(ctx);
    if (Path.of(path).normalize().toString().equals("/")) {
      // LXD 5.0 reports this as a server error: remove /: device or resource busy.
      throw new ParameterException(
          "path",
          "query parameter 'path'='" + path + "' is the root directory; it cannot be deleted");
    }
    scoped(ctx).files().delete(instance, path);
    ctx.status(204);
  }
}
