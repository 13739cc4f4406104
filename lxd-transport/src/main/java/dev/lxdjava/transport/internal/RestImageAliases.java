package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.image.ImageAlias;
import dev.lxdjava.core.image.ImageAliases;
import java.util.List;
import java.util.Optional;

/** {@link ImageAliases} over {@code /1.0/images/aliases}. */
final class RestImageAliases implements ImageAliases {
  private final RestClient rest;
  private final Scope scope;

  RestImageAliases(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath path(String name) {
    return LxdPath.of("images", "aliases", Names.imageAlias(name)).scope(scope, false);
  }

  @Override
  public List<ImageAlias> list() {
    LxdPath path = LxdPath.of("images", "aliases").query("recursion", "1").scope(scope, false);
    return ImageReplies.aliases(rest.get(path).metadata());
  }

  @Override
  public ImageAlias get(String name) {
    return ImageReplies.alias(rest.get(path(name)).metadata());
  }

  @Override
  public Tagged<ImageAlias> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    return new Tagged<>(ImageReplies.alias(response.metadata()), response.etag());
  }

  @Override
  public Optional<ImageAlias> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void create(String name, String target, String description) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", Names.imageAlias(name));
    body.put("target", Names.imageFingerprint(target));
    body.put("description", description == null ? "" : description);
    LxdPath path = LxdPath.of("images", "aliases").scope(scope, false);
    Writes.complete(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public void update(String name, String target, String description, String etag) {
    ObjectNode body = JsonFields.newObject();
    body.put("target", Names.imageFingerprint(target));
    body.put("description", description == null ? "" : description);
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, etag));
  }

  @Override
  public void rename(String name, String newName) {
    ObjectNode body = Writes.rename(Names.imageAlias(newName));
    Writes.complete(rest, scope, rest.send("POST", path(name), body));
  }

  @Override
  public void delete(String name) {
    Writes.complete(rest, scope, rest.send("DELETE", path(name), null));
  }
}
