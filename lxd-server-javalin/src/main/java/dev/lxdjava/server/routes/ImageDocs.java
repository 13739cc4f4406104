package dev.lxdjava.server.routes;

import dev.lxdjava.core.image.Image;
import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the image routes. */
final class ImageDocs {
  private ImageDocs() {}

  static final String TAG = "images";
  static final String FINGERPRINT =
      "Image fingerprint, or a unique prefix of it: 1 to 64 hexadecimal digits";

  static final QueryParam PUBLIC =
      QueryParam.bool("public", "Whether untrusted clients of LXD may download the image.", false);

  static final QueryParam FILENAME =
      QueryParam.text("filename", "File name LXD records for the image; printable ASCII.");

  static final QueryParam PART =
      QueryParam.choice(
          "part",
          "`rootfs` downloads the root file system of a split image; without it the unified"
              + " tarball, or the metadata tarball of a split image.",
          "metadata",
          "rootfs");

  private static RouteDoc.Builder route(String summary) {
    return RouteDoc.builder(TAG, summary).query(QueryParams.PROJECT);
  }

  private static RouteDoc.Builder image(String summary) {
    return route(summary).pathParam("fingerprint", FINGERPRINT);
  }

  static final RouteDoc LIST =
      route("List images")
          .description(
              "Images of the project sorted by fingerprint; fingerprints only with"
                  + " `expand=false`. `filter` is applied by LXD.")
          .query(QueryParams.FILTER, QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of images, or of fingerprints with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(Image.class), Shape.string())))
          .lxd()
          .build();

  static final RouteDoc GET =
      image("Get an image")
          .reply(Reply.tagged(200, "LXD's image object", Shape.of(Image.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      image("Replace an image's settings")
          .description(
              "LXD's PUT: `public`, `auto_update`, `properties`, `profiles` and `expires_at`"
                  + " become exactly those given; absent fields become false or empty.")
          .ifMatch()
          .body(Body.json(Shape.of(ImageBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated image", Shape.of(Image.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc PATCH =
      image("Change some of an image's settings")
          .description("LXD's PATCH: only the fields given change; `properties` are merged.")
          .ifMatch()
          .body(Body.json(Shape.of(ImageBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated image", Shape.of(Image.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE = image("Delete an image").operation().errors(404).build();

  static final RouteDoc COPY =
      route("Copy an image from another server")
          .description(
              "LXD downloads the image from `source.server` (`lxd` or `simplestreams` protocol)"
                  + " by alias or fingerprint and creates the local `aliases`.")
          .body(Body.json(Shape.of(ImageBodies.Copy.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc UPLOAD =
      route("Upload an image tarball")
          .description(
              "The body is a unified image tarball (metadata and root file system in one), streamed"
                  + " to LXD through a temporary file, never held in memory. The finished"
                  + " operation's metadata holds the fingerprint.")
          .query(PUBLIC, FILENAME)
          .body(
              Body.streamed(
                  "A unified image tarball",
                  "application/octet-stream",
                  "application/x-tar",
                  "application/gzip",
                  "application/x-xz"))
          .operation()
          .errors(409, 415)
          .build();

  static final RouteDoc PUBLISH =
      route("Publish an instance or snapshot as an image")
          .description(
              "Creates an image from `instance`, or from its snapshot `snapshot` when given. LXD"
                  + " refuses to publish a running container.")
          .body(Body.json(Shape.of(ImageBodies.Publish.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc EXPORT =
      image("Download an image")
          .description(
              "Streams the image as LXD exports it, with a `Content-Disposition` file name that is"
                  + " safe to save. An LXD error is a problem document, never a download.")
          .query(PART)
          .reply(Reply.download(200, "The image file", "application/octet-stream"))
          .errors(404)
          .lxd()
          .build();
}
