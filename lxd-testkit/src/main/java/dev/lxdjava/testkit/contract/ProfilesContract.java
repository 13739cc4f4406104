package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.profile.Profile;
import dev.lxdjava.core.profile.ProfileCreate;
import dev.lxdjava.core.profile.ProfileUpdate;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Profile life cycle, ETags and rename. */
@LxdContract
public class ProfilesContract {
  /** A device of type {@code none}: it hides a device of the same name from other profiles. */
  private static final Map<String, String> HIDDEN = Map.of("type", "none");

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String renamed = TestNames.unique();

  public ProfilesContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteProfiles() {
    for (String profile : new String[] {name, renamed}) {
      if (lxd.profiles().find(profile).isPresent()) {
        lxd.profiles().delete(profile);
      }
    }
  }

  @Test
  void createGetListDelete() {
    lxd.profiles()
        .create(
            new ProfileCreate(name, "contract", Map.of("limits.cpu", "1"), Map.of("eth9", HIDDEN)));

    Profile profile = lxd.profiles().get(name);

    assertThat(profile.description()).isEqualTo("contract");
    assertThat(profile.config()).containsEntry("limits.cpu", "1");
    assertThat(profile.devices()).containsEntry("eth9", HIDDEN);
    assertThat(lxd.profiles().names()).contains(name);
    assertThat(lxd.profiles().list()).extracting(Profile::name).contains(name, "default");

    lxd.profiles().delete(name);

    assertThat(lxd.profiles().find(name)).isEmpty();
  }

  @Test
  void updateReplacesDevices() {
    lxd.profiles().create(new ProfileCreate(name, "", Map.of(), Map.of("eth9", HIDDEN)));
    Tagged<Profile> read = lxd.profiles().getTagged(name);

    lxd.profiles()
        .update(
            name, new ProfileUpdate("no devices", Map.of("limits.cpu", "2"), null), read.etag());

    Profile updated = lxd.profiles().get(name);
    assertThat(updated.devices()).isEmpty();
    assertThat(updated.config()).containsEntry("limits.cpu", "2");
    assertThat(updated.description()).isEqualTo("no devices");
  }

  @Test
  void patchMergesConfigAndKeepsDevices() {
    lxd.profiles()
        .create(new ProfileCreate(name, "", Map.of("limits.cpu", "1"), Map.of("eth9", HIDDEN)));

    lxd.profiles().patch(name, ProfileUpdate.config(Map.of("limits.memory", "64MiB")), "");

    Profile patched = lxd.profiles().get(name);
    assertThat(patched.config())
        .containsEntry("limits.cpu", "1")
        .containsEntry("limits.memory", "64MiB");
    assertThat(patched.devices()).containsKey("eth9");
  }

  @Test
  void updateWithStaleEtagRaisesPreconditionFailed() {
    lxd.profiles().create(ProfileCreate.of(name));
    Tagged<Profile> stale = lxd.profiles().getTagged(name);
    lxd.profiles().patch(name, ProfileUpdate.config(Map.of("limits.cpu", "1")), "");

    ProfileUpdate update = ProfileUpdate.from(stale.value());

    assertThatThrownBy(() -> lxd.profiles().update(name, update, stale.etag()))
        .isInstanceOf(LxdConflictException.class)
        .satisfies(e -> assertThat(((LxdConflictException) e).isPreconditionFailed()).isTrue());
  }

  @Test
  void renameMovesProfile() {
    lxd.profiles().create(new ProfileCreate(name, "", Map.of("limits.cpu", "1"), Map.of()));

    lxd.profiles().rename(name, renamed);

    assertThat(lxd.profiles().find(name)).isEmpty();
    assertThat(lxd.profiles().get(renamed).config()).containsEntry("limits.cpu", "1");
  }
}
