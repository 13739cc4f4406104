package dev.lxdjava.server.openapi;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Serves a fixed set of files from a webjar on the class path, so the documentation pages work
 * without internet access. The version is read from the webjar's own {@code pom.properties}.
 */
public final class WebjarAssets {
  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "png", "image/png");

  private final String base;
  private final Set<String> files;

  private WebjarAssets(String base, Set<String> files) {
    this.base = base;
    this.files = Set.copyOf(files);
  }

  /**
   * Finds the webjar {@code groupId:artifactId} and allows the listed files of it.
   *
   * @throws IllegalStateException if the webjar is not on the class path
   */
  public static WebjarAssets of(String groupId, String artifactId, Set<String> files) {
    String properties = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = resource(properties)) {
      if (in == null) {
        throw new IllegalStateException(
            "webjar " + groupId + ":" + artifactId + " is missing from the class path");
      }
      Properties pom = new Properties();
      pom.load(in);
      String base =
          "META-INF/resources/webjars/" + artifactId + "/" + pom.getProperty("version") + "/";
      return new WebjarAssets(base, files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + properties, e);
    }
  }

  /** Writes the file named by the path parameter {@code file}, or 404 if not allowed. */
  public void serve(Context ctx) {
    String file = ctx.pathParam("file");
    InputStream in = files.contains(file) ? resource(base + file) : null;
    if (in == null) {
      throw new NotFoundResponse("no documentation asset named '" + file + "'");
    }
    String extension = file.substring(file.lastIndexOf('.') + 1);
    ctx.contentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.result(in);
  }

  private static InputStream resource(String name) {
    return WebjarAssets.class.getClassLoader().getResourceAsStream(name);
  }
}
