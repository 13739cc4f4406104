package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAdminTest {
  @TempDir Path dir;
  private AuthService auth;
  private UserAdmin users;

  @BeforeEach
  void openStore() {
    auth = new AuthFixture(dir).service();
    auth.seedAdmin("admin", "admin-password-1");
    users = auth.users();
  }

  @Test
  void listPagesByName() {
    users.create("carol", "carol-password-1", Role.VIEWER);
    users.create("bob", "bob-password-123", Role.VIEWER);

    ResultPage<User> page = users.list(2, 1);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(User::username).containsExactly("bob", "carol");
  }

  @Test
  void lastAdminCannotBeDemoted() {
    assertThatThrownBy(() -> users.update("admin", Role.OPERATOR, null))
        .isInstanceOf(AuthConflictException.class)
        .hasMessageContaining("last active admin");
  }

  @Test
  void lastAdminCannotBeDisabledOrDeleted() {
    assertThatThrownBy(() -> users.update("admin", null, false))
        .isInstanceOf(AuthConflictException.class);
    assertThatThrownBy(() -> users.delete("admin")).isInstanceOf(AuthConflictException.class);
  }

  @Test
  void adminCanBeDemotedWhenAnotherExists() {
    users.create("admin2", "admin2-password", Role.ADMIN);

    User demoted = users.update("admin", Role.VIEWER, null);

    assertThat(demoted.role()).isEqualTo(Role.VIEWER);
  }

  @Test
  void adminKeyDoesNotCountAsLastAdmin() {
    auth.apiKeys().create("ci-admin", Role.ADMIN, null, "admin");

    assertThatThrownBy(() -> users.update("admin", Role.VIEWER, null))
        .isInstanceOf(AuthConflictException.class);
  }

  @Test
  void updateChangesRoleAndActiveFlag() {
    users.create("ops", "operator-password", Role.VIEWER);

    User updated = users.update("ops", Role.OPERATOR, false);

    assertThat(updated.role()).isEqualTo(Role.OPERATOR);
    assertThat(updated.active()).isFalse();
    assertThat(updated.tokenVersion()).isEqualTo(2);
  }

  @Test
  void unknownUserIsNotFound() {
    assertThatThrownBy(() -> users.get("ghost"))
        .isInstanceOf(AuthNotFoundException.class)
        .hasMessage("user 'ghost' not found");
  }

  @Test
  void grantIsReplacedNotDuplicated() {
    users.create("dev", "developer-password", Role.NONE);
    users.grant("dev", "staging", Role.VIEWER);

    users.grant("dev", "staging", Role.OPERATOR);

    assertThat(users.grants("dev"))
        .extracting(Grant::project, Grant::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("staging", Role.OPERATOR));
  }

  @Test
  void grantOfRoleNoneIsRejected() {
    users.create("dev", "developer-password", Role.NONE);

    assertThatThrownBy(() -> users.grant("dev", "staging", Role.NONE))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("delete the grant");
  }

  @Test
  void grantProjectNameIsChecked() {
    users.create("dev", "developer-password", Role.NONE);

    assertThatThrownBy(() -> users.grant("dev", "../default", Role.VIEWER))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("project");
  }

  @Test
  void revokingMissingGrantIsNotFound() {
    users.create("dev", "developer-password", Role.NONE);

    assertThatThrownBy(() -> users.revokeGrant("dev", "staging"))
        .isInstanceOf(AuthNotFoundException.class);
  }

  @Test
  void deletingUserDeletesGrants() {
    users.create("dev", "developer-password", Role.NONE);
    users.grant("dev", "staging", Role.OPERATOR);

    users.delete("dev");

    assertThat(users.grantsInProject("staging")).isEmpty();
  }

  @Test
  void serviceAccountPasswordCannotBeReset() {
    auth.apiKeys().create("ci-bot", Role.OPERATOR, null, "admin");

    assertThatThrownBy(() -> users.resetPassword("ci-bot", "some-long-password"))
        .isInstanceOf(AuthConflictException.class)
        .hasMessageContaining("no password");
  }
}
