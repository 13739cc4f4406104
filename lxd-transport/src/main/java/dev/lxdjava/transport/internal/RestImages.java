package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.image.Image;
import dev.lxdjava.core.image.ImageAliases;
import dev.lxdjava.core.image.ImageCopy;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImagePublish;
import dev.lxdjava.core.image.ImageUpdate;
import dev.lxdjava.core.image.ImageUpload;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.core.operation.OperationHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Images} over {@code /1.0/images}. */
final class RestImages implements Images {
  private final RestClient rest;
  private final Scope scope;

  RestImages(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath path(String fingerprint) {
    return LxdPath.of("images", Names.imageFingerprint(fingerprint)).scope(scope, false);
  }

  @Override
  public List<String> fingerprints() {
    return Replies.namesFromUrls(rest.get(LxdPath.of("images").scope(scope, false)).metadata());
  }

  @Override
  public List<Image> list(String filter) {
    LxdPath path =
        LxdPath.of("images")
            .query("recursion", "1")
            .query("filter", checkFilter(filter))
            .scope(scope, false);
    return ImageReplies.images(rest.get(path).metadata());
  }

  private static String checkFilter(String filter) {
    String stripped = filter == null ? "" : filter.strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) < 0x20) {
        throw new LxdValidationException("filter", stripped, "must not contain control characters");
      }
    }
    return stripped;
  }

  @Override
  public Image get(String fingerprint) {
    return ImageReplies.image(rest.get(path(fingerprint)).metadata());
  }

  @Override
  public Tagged<Image> getTagged(String fingerprint) {
    LxdResponse response = rest.get(path(fingerprint));
    return new Tagged<>(ImageReplies.image(response.metadata()), response.etag());
  }

  @Override
  public Optional<Image> find(String fingerprint) {
    try {
      return Optional.of(get(fingerprint));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void update(String fingerprint, ImageUpdate update, String etag) {
    ObjectNode body = JsonFields.newObject();
    body.put("public", Boolean.TRUE.equals(update.isPublic()));
    body.put("auto_update", Boolean.TRUE.equals(update.autoUpdate()));
    Map<String, String> properties = update.properties() == null ? Map.of() : update.properties();
    body.set("properties", rest.json().valueToTree(properties));
    List<String> profiles = update.profiles() == null ? List.of() : update.profiles();
    body.set("profiles", rest.json().valueToTree(profiles));
    if (update.expiresAt() != null) {
      body.put("expires_at", update.expiresAt().toString());
    }
    Writes.complete(rest, scope, rest.send("PUT", path(fingerprint), body, etag));
  }

  @Override
  public void patch(String fingerprint, ImageUpdate patch, String etag) {
    ObjectNode body = JsonFields.newObject();
    if (patch.isPublic() != null) {
      body.put("public", patch.isPublic());
    }
    if (patch.autoUpdate() != null) {
      body.put("auto_update", patch.autoUpdate());
    }
    if (patch.properties() != null) {
      body.set("properties", rest.json().valueToTree(patch.properties()));
    }
    if (patch.profiles() != null) {
      body.set("profiles", rest.json().valueToTree(patch.profiles()));
    }
    if (patch.expiresAt() != null) {
      body.put("expires_at", patch.expiresAt().toString());
    }
    Writes.complete(rest, scope, rest.send("PATCH", path(fingerprint), body, etag));
  }

  @Override
  public OperationHandle delete(String fingerprint) {
    return RestOperations.fromAsync(rest, scope, rest.send("DELETE", path(fingerprint), null));
  }

  @Override
  public ImageAliases aliases() {
    return new RestImageAliases(rest, scope);
  }

  @Override
  public OperationHandle copy(ImageCopy request) {
    ObjectNode body = JsonFields.newObject();
    ObjectNode source = body.putObject("source");
    source.put("type", "image");
    source.put("mode", "pull");
    source.put("server", request.server());
    source.put("protocol", request.protocol());
    putIfSet(source, "alias", request.alias());
    putIfSet(source, "fingerprint", request.fingerprint());
    putIfSet(source, "certificate", request.certificate());
    putIfSet(source, "secret", request.secret());
    putIfSet(source, "project", request.sourceProject());
    putAliases(body, request.aliases());
    body.put("public", request.isPublic());
    body.put("auto_update", request.autoUpdate());
    return post(body);
  }

  @Override
  public OperationHandle upload(ImageUpload request) {
    LxdPath path = LxdPath.of("images").scope(scope, true);
    LxdResponse response = ImageUploads.send(rest, path, request);
    return RestOperations.fromAsync(rest, scope, response);
  }

  @Override
  public ImageFiles export(String fingerprint, Path directory) {
    LxdPath path = path(fingerprint).segment("export");
    return ImageExports.download(rest, path, fingerprint, directory);
  }

  @Override
  public OperationHandle publish(ImagePublish request) {
    ObjectNode body = JsonFields.newObject();
    ObjectNode source = body.putObject("source");
    source.put("type", request.sourceType());
    source.put("name", request.source());
    putAliases(body, request.aliases());
    body.put("public", request.isPublic());
    body.set("properties", rest.json().valueToTree(request.properties()));
    putIfSet(body, "compression_algorithm", request.compression());
    return post(body);
  }

  private OperationHandle post(ObjectNode body) {
    LxdPath path = LxdPath.of("images").scope(scope, true);
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path, body));
  }

  private static void putAliases(ObjectNode body, List<String> aliases) {
    if (aliases.isEmpty()) {
      return;
    }
    ArrayNode list = body.putArray("aliases");
    aliases.forEach(alias -> list.addObject().put("name", alias).put("description", ""));
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }
}
