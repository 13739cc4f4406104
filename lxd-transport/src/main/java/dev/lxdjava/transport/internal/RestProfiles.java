package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.profile.Profile;
import dev.lxdjava.core.profile.ProfileCreate;
import dev.lxdjava.core.profile.ProfileUpdate;
import dev.lxdjava.core.profile.Profiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Profiles} over {@code /1.0/profiles}. */
final class RestProfiles implements Profiles {
  private final RestClient rest;
  private final Scope scope;

  RestProfiles(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath path(String name) {
    return LxdPath.of("profiles", Names.profile(name)).scope(scope, false);
  }

  @Override
  public List<String> names() {
    return Replies.namesFromUrls(rest.get(LxdPath.of("profiles").scope(scope, false)).metadata());
  }

  @Override
  public List<Profile> list() {
    LxdPath path = LxdPath.of("profiles").query("recursion", "1").scope(scope, false);
    return ProfileReplies.profiles(rest.get(path).metadata());
  }

  @Override
  public Profile get(String name) {
    return ProfileReplies.profile(rest.get(path(name)).metadata());
  }

  @Override
  public Tagged<Profile> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    return new Tagged<>(ProfileReplies.profile(response.metadata()), response.etag());
  }

  @Override
  public Optional<Profile> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void create(ProfileCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("description", request.description());
    body.set("config", rest.json().valueToTree(request.config()));
    body.set("devices", rest.json().valueToTree(request.devices()));
    LxdPath path = LxdPath.of("profiles").scope(scope, false);
    Writes.complete(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public void update(String name, ProfileUpdate update, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putReplacing(rest, body, update.description(), update.config());
    body.set(
        "devices", rest.json().valueToTree(update.devices() == null ? Map.of() : update.devices()));
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, etag));
  }

  @Override
  public void patch(String name, ProfileUpdate patch, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putMerging(rest, body, patch.description(), patch.config());
    if (patch.devices() != null) {
      body.set("devices", rest.json().valueToTree(patch.devices()));
    }
    Writes.complete(rest, scope, rest.send("PATCH", path(name), body, etag));
  }

  @Override
  public void rename(String name, String newName) {
    ObjectNode body = Writes.rename(Names.profile(newName));
    Writes.complete(rest, scope, rest.send("POST", path(name), body));
  }

  @Override
  public void delete(String name) {
    Writes.complete(rest, scope, rest.send("DELETE", path(name), null));
  }
}
