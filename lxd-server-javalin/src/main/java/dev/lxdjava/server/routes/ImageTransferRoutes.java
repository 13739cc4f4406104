package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.image.ImageCopy;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImagePublish;
import dev.lxdjava.core.image.ImageUpload;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Downloads;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Routes that bring images in and out: copy from another server, upload, publish from an instance,
 * and export. Uploads and exports pass through a temporary file, so an image of any size never sits
 * in the gateway's memory. The file is deleted when the request ends.
 */
public final class ImageTransferRoutes {
  private final Lxd lxd;
  private final Bodies bodies;

  public ImageTransferRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String images = ImageRoutes.IMAGES;
    router.post(images, Access.ADMIN, ImageDocs.COPY, this::copy);
    router.post(images + "/upload", Access.ADMIN, ImageDocs.UPLOAD, this::upload);
    router.post(images + "/publish", Access.ADMIN, ImageDocs.PUBLISH, this::publish);
    router.get(images + "/{fingerprint}/export", Access.VIEWER, ImageDocs.EXPORT, this::export);
  }

  private void copy(Context ctx) {
    ImageBodies.Copy body = bodies.read(ctx, ImageBodies.Copy.class);
    ImageBodies.Source source = body.source();
    if (source == null) {
      throw ApiException.badRequest(
          "field 'source' is required, for example {\"server\":"
              + " \"https://images.example.org\", \"protocol\": \"simplestreams\", \"alias\":"
              + " \"debian/12\"}");
    }
    ImageCopy.Builder request =
        ImageCopy.builder(source.server(), source.protocol() == null ? "lxd" : source.protocol())
            .alias(source.alias())
            .fingerprint(source.fingerprint())
            .certificate(source.certificate())
            .secret(source.secret())
            .sourceProject(source.project())
            .isPublic(Boolean.TRUE.equals(body.isPublic()))
            .autoUpdate(Boolean.TRUE.equals(body.autoUpdate()));
    if (body.aliases() != null) {
      body.aliases().forEach(request::localAlias);
    }
    AsyncReplies.respond(ctx, Params.scoped(lxd, ctx).images().copy(request.build()));
  }

  /** Streams the request body to a temporary file and uploads that as a unified tarball. */
  private void upload(Context ctx) throws IOException {
    boolean isPublic = Params.bool(ctx, ImageDocs.PUBLIC);
    String filename = Params.value(ctx, ImageDocs.FILENAME);
    Path directory = Files.createTempDirectory("lxd-gateway-upload");
    try {
      Path tarball = directory.resolve("image.tar");
      long size;
      try (InputStream in = ctx.bodyInputStream()) {
        size = Files.copy(in, tarball, StandardCopyOption.REPLACE_EXISTING);
      }
      if (size == 0) {
        throw ApiException.badRequest("request body is empty; send the image tarball");
      }
      ImageUpload request =
          new ImageUpload(ImageFiles.unified(tarball), isPublic, filename, java.util.Map.of(), "");
      OperationHandle handle = Params.scoped(lxd, ctx).images().upload(request);
      AsyncReplies.respond(ctx, handle);
    } finally {
      deleteTree(directory);
    }
  }

  private void publish(Context ctx) {
    ImageBodies.Publish body = bodies.read(ctx, ImageBodies.Publish.class);
    if (body.instance() == null) {
      throw ApiException.badRequest("field 'instance' is required");
    }
    ImagePublish request =
        body.snapshot() == null
            ? ImagePublish.instance(body.instance())
            : ImagePublish.snapshot(body.instance(), body.snapshot());
    request =
        request
            .withAliases(body.aliases())
            .withPublic(Boolean.TRUE.equals(body.isPublic()))
            .withProperties(body.properties())
            .withCompression(body.compressionAlgorithm());
    AsyncReplies.respond(ctx, Params.scoped(lxd, ctx).images().publish(request));
  }

  /**
   * Exports the image into a temporary directory, then streams the chosen file to the client. The
   * file is opened before the directory is deleted, so the stream still reads it.
   */
  private void export(Context ctx) throws IOException {
    String fingerprint = ImageRoutes.fingerprint(ctx);
    boolean rootfs = "rootfs".equals(Params.value(ctx, ImageDocs.PART));
    Path directory = Files.createTempDirectory("lxd-gateway-export");
    try {
      ImageFiles files = Params.scoped(lxd, ctx).images().export(fingerprint, directory);
      if (rootfs && !files.isSplit()) {
        throw ApiException.badRequest(
            "query parameter 'part'='rootfs' needs a split image; image "
                + fingerprint
                + " is one unified tarball, export it without 'part'");
      }
      Path file = rootfs ? files.rootfs() : files.main();
      long size = Files.size(file);
      InputStream stream = Files.newInputStream(file);
      Downloads.attachment(ctx, file.getFileName().toString());
      ctx.header("Content-Length", Long.toString(size));
      ctx.contentType("application/octet-stream");
      ctx.result(stream);
    } finally {
      deleteTree(directory);
    }
  }

  private static void deleteTree(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(ImageTransferRoutes::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary directory " + directory, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary file " + path, e);
    }
  }
}
