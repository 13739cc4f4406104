package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorizerTest {
  @TempDir Path dir;
  private AuthService auth;
  private Authorizer authorizer;

  @BeforeEach
  void openStore() {
    auth = new AuthFixture(dir).service();
    authorizer = auth.authorizer();
  }

  @Test
  void grantRaisesRoleInItsProjectOnly() {
    User dev = auth.createUser("dev", "developer-password", Role.VIEWER);
    auth.users().grant("dev", "staging", Role.OPERATOR);

    assertThat(authorizer.effectiveRole(dev, "staging")).isEqualTo(Role.OPERATOR);
    assertThat(authorizer.effectiveRole(dev, "prod")).isEqualTo(Role.VIEWER);
  }

  @Test
  void grantNeverLowersGlobalRole() {
    User ops = auth.createUser("ops", "operator-password", Role.OPERATOR);
    auth.users().grant("ops", "prod", Role.VIEWER);

    assertThat(authorizer.effectiveRole(ops, "prod")).isEqualTo(Role.OPERATOR);
  }

  @Test
  void roleNoneHasNothingWithoutGrant() {
    User dev = auth.createUser("dev", "developer-password", Role.NONE);
    auth.users().grant("dev", "staging", Role.OPERATOR);

    assertThat(authorizer.allows(dev, Role.VIEWER, "default")).isFalse();
    assertThat(authorizer.allows(dev, Role.OPERATOR, "staging")).isTrue();
  }

  @Test
  void projectAdminGrantIsNotGlobalAdmin() {
    User dev = auth.createUser("dev", "developer-password", Role.NONE);
    auth.users().grant("dev", "staging", Role.ADMIN);

    assertThat(authorizer.allows(dev, Role.ADMIN, "staging")).isTrue();
    assertThat(authorizer.allows(dev, Role.ADMIN, null)).isFalse();
  }

  @Test
  void visibleProjectsListsGrantsWithEnoughRole() {
    User dev = auth.createUser("dev", "developer-password", Role.NONE);
    auth.users().grant("dev", "staging", Role.OPERATOR);
    auth.users().grant("dev", "prod", Role.VIEWER);

    ProjectSet operable = authorizer.visibleProjects(dev, Role.OPERATOR);
    ProjectSet visible = authorizer.visibleProjects(dev, Role.VIEWER);

    assertThat(operable.projects()).containsExactly("staging");
    assertThat(visible.projects()).containsExactly("prod", "staging");
    assertThat(visible.contains("default")).isFalse();
  }

  @Test
  void globalViewerSeesEveryProject() {
    User viewer = auth.createUser("viewer", "viewer-password", Role.VIEWER);

    ProjectSet visible = authorizer.visibleProjects(viewer, Role.VIEWER);

    assertThat(visible.all()).isTrue();
    assertThat(visible.contains("anything")).isTrue();
  }
}
