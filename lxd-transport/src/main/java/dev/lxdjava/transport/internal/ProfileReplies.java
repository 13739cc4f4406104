package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.profile.Profile;
import java.util.List;

/** Maps the {@code metadata} of profile replies to the SDK's records. */
final class ProfileReplies {
  private ProfileReplies() {}

  static Profile profile(JsonNode node) {
    JsonFields profile = JsonFields.of(node, "profile");
    return new Profile(
        profile.text("name"),
        profile.text("description"),
        profile.textMap("config"),
        profile.deviceMap("devices"),
        profile.textList("used_by"));
  }

  static List<Profile> profiles(JsonNode node) {
    return StorageReplies.each(node, "profile list", ProfileReplies::profile);
  }
}
