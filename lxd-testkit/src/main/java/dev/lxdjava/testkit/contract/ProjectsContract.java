package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.profile.ProfileCreate;
import dev.lxdjava.core.project.Project;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.core.project.ProjectState;
import dev.lxdjava.core.project.ProjectUpdate;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Project life cycle, state, and objects created in a project view staying in that project. */
@LxdContract
public class ProjectsContract {
  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String renamed = TestNames.unique();
  private final String object = TestNames.unique();

  public ProjectsContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteProjects() {
    for (String project : new String[] {name, renamed}) {
      if (lxd.projects().find(project).isEmpty()) {
        continue;
      }
      Lxd inProject = lxd.project(project);
      if (inProject.profiles().find(object).isPresent()) {
        inProject.profiles().delete(object);
      }
      if (inProject.storageVolumes(StorageVolumesContract.POOL).find(object).isPresent()) {
        inProject.storageVolumes(StorageVolumesContract.POOL).delete(object);
      }
      lxd.projects().delete(project);
    }
  }

  @Test
  void createWithFeaturesGetListDelete() {
    lxd.projects()
        .create(ProjectCreate.of(name).withFeature("images", true).withFeature("profiles", true));

    Project project = lxd.projects().get(name);

    assertThat(project.hasFeature("images")).isTrue();
    assertThat(project.hasFeature("profiles")).isTrue();
    assertThat(lxd.projects().names()).contains(name, "default");
    assertThat(lxd.projects().list()).extracting(Project::name).contains(name);

    lxd.projects().delete(name);

    assertThat(lxd.projects().find(name)).isEmpty();
  }

  @Test
  void updateWithEtagAndStaleEtag() {
    lxd.projects().create(ProjectCreate.of(name));
    Tagged<Project> read = lxd.projects().getTagged(name);

    lxd.projects()
        .update(name, new ProjectUpdate("changed by PUT", read.value().config()), read.etag());

    assertThat(lxd.projects().get(name).description()).isEqualTo("changed by PUT");
    assertThatThrownBy(
            () -> lxd.projects().update(name, ProjectUpdate.from(read.value()), read.etag()))
        .isInstanceOf(LxdConflictException.class);
  }

  @Test
  void patchMergesConfig() {
    lxd.projects().create(ProjectCreate.of(name).withFeature("images", true));

    lxd.projects().patch(name, ProjectUpdate.config(Map.of("limits.instances", "3")), "");

    assertThat(lxd.projects().get(name).config())
        .containsEntry("limits.instances", "3")
        .containsEntry("features.images", "true");
  }

  @Test
  void stateReportsLimitsAndUsage() {
    lxd.projects().create(ProjectCreate.of(name));
    lxd.projects().patch(name, ProjectUpdate.config(Map.of("limits.instances", "3")), "");

    ProjectState state = lxd.projects().state(name);

    assertThat(state.resources()).containsKey("instances");
    assertThat(state.resources().get("instances").limit()).isEqualTo(3);
    assertThat(state.resources().get("instances").usage()).isZero();
    assertThat(state.resources().get("memory").isLimited()).isFalse();
  }

  @Test
  void renameMovesProject() {
    lxd.projects().create(ProjectCreate.of(name));

    lxd.projects().rename(name, renamed).await();

    assertThat(lxd.projects().find(name)).isEmpty();
    assertThat(lxd.projects().find(renamed)).isPresent();
  }

  @Test
  void profileCreatedInProjectStaysThere() {
    lxd.projects().create(ProjectCreate.of(name).withFeature("profiles", true));
    Lxd inProject = lxd.project(name);

    inProject.profiles().create(ProfileCreate.of(object));

    assertThat(inProject.profiles().names()).contains(object);
    assertThat(lxd.project("default").profiles().find(object)).isEmpty();
  }

  @Test
  void volumeCreatedInProjectStaysThere() {
    lxd.projects().create(ProjectCreate.of(name).withFeature("storage.volumes", true));
    Lxd inProject = lxd.project(name);

    inProject.storageVolumes(StorageVolumesContract.POOL).create(StorageVolumeCreate.of(object));

    StorageVolume volume = inProject.storageVolumes(StorageVolumesContract.POOL).get(object);
    assertThat(volume.project()).isEqualTo(name);
    assertThat(lxd.project("default").storageVolumes(StorageVolumesContract.POOL).find(object))
        .isEmpty();
  }
}
