package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.image.Image;
import dev.lxdjava.core.image.ImageAlias;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImagePublish;
import dev.lxdjava.core.image.ImageUpdate;
import dev.lxdjava.core.image.ImageUpload;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.testkit.ImageTarballs;
import dev.lxdjava.testkit.TestNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images: reading the shared busybox image, and every write in a project of the test's own with
 * {@code features.images=true}, so the shared image is never changed.
 */
@LxdContract
public class ImagesContract {
  private final Lxd lxd;
  private final String project = TestNames.unique();
  private final String instance = TestNames.unique();
  private final String alias = TestNames.unique();
  private final Lxd inProject;

  @TempDir Path temp;

  public ImagesContract(Lxd lxd) {
    this.lxd = lxd;
    this.inProject = lxd.project(project);
  }

  @BeforeEach
  void createProject() {
    // Without profiles of its own, the project uses the default project's profile and root disk.
    lxd.projects()
        .create(
            ProjectCreate.of(project).withFeature("images", true).withFeature("profiles", false));
  }

  @AfterEach
  void deleteProject() {
    Cleanup.deleteInstance(inProject, instance);
    for (String fingerprint : inProject.images().fingerprints()) {
      inProject.images().delete(fingerprint).await();
    }
    lxd.projects().delete(project);
  }

  private String testImageFingerprint() {
    return lxd.project("default").images().aliases().get(TestNames.IMAGE_ALIAS).target();
  }

  private Path exportTestImage() {
    Path directory =
        Files.exists(temp.resolve("export")) ? temp.resolve("export") : mkdir("export");
    return lxd.project("default").images().export(testImageFingerprint(), directory).main();
  }

  private Path mkdir(String name) {
    try {
      return Files.createDirectory(temp.resolve(name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String uploadMarkedCopy() {
    Path marked =
        ImageTarballs.withMarker(exportTestImage(), temp.resolve("marked.tar.gz"), project);
    return Images.fingerprintOf(
        inProject.images().upload(ImageUpload.of(ImageFiles.unified(marked))).await());
  }

  @Test
  void listWithFilterFindsTestImage() {
    String fingerprint = testImageFingerprint();
    Images images = lxd.project("default").images();

    List<Image> busybox = images.list("properties.os eq busybox");
    List<Image> none = images.list("properties.os eq " + project);

    assertThat(busybox).extracting(Image::fingerprint).contains(fingerprint);
    assertThat(none).isEmpty();
  }

  @Test
  void getAcceptsFingerprintPrefix() {
    String fingerprint = testImageFingerprint();

    Image image = lxd.project("default").images().get(fingerprint.substring(0, 12));

    assertThat(image.fingerprint()).isEqualTo(fingerprint);
    assertThat(image.aliases()).extracting(Image.Alias::name).contains(TestNames.IMAGE_ALIAS);
    assertThat(image.type()).isEqualTo("container");
    assertThat(image.size()).isPositive();
  }

  @Test
  void exportWritesUnifiedTarballWithFingerprintHash() throws Exception {
    String fingerprint = testImageFingerprint();

    ImageFiles files = lxd.project("default").images().export(fingerprint, mkdir("out"));

    assertThat(files.isSplit()).isFalse();
    assertThat(Hashes.sha256(files.main())).isEqualTo(fingerprint);
    assertThat(files.main().getFileName().toString()).startsWith(fingerprint);
  }

  @Test
  void uploadUnifiedStaysInProject() throws Exception {
    Path marked =
        ImageTarballs.withMarker(exportTestImage(), temp.resolve("marked.tar.gz"), project);

    String fingerprint =
        Images.fingerprintOf(
            inProject.images().upload(ImageUpload.of(ImageFiles.unified(marked))).await());

    assertThat(fingerprint).isEqualTo(Hashes.sha256(marked));
    assertThat(inProject.images().get(fingerprint).properties()).containsEntry("os", "busybox");
    assertThat(lxd.project("default").images().find(fingerprint)).isEmpty();
  }

  @Test
  void uploadSplitExportsTheSameFilesAndStarts() throws Exception {
    ImageFiles split = ImageTarballs.split(exportTestImage(), mkdir("split"), project);

    String fingerprint =
        Images.fingerprintOf(inProject.images().upload(ImageUpload.of(split)).await());
    ImageFiles exported = inProject.images().export(fingerprint, mkdir("exported"));
    inProject
        .instances()
        .create(
            InstanceCreate.builder(instance)
                .source(InstanceSource.imageFingerprint(fingerprint))
                .build())
        .await();
    inProject.instances().start(instance).await();

    assertThat(fingerprint).isEqualTo(Hashes.sha256(split.main(), split.rootfs()));
    assertThat(exported.isSplit()).isTrue();
    assertThat(Files.mismatch(exported.main(), split.main())).isEqualTo(-1L);
    assertThat(Files.mismatch(exported.rootfs(), split.rootfs())).isEqualTo(-1L);
    assertThat(inProject.instances().get(instance).status()).isEqualTo("Running");
  }

  @Test
  void patchMergesPropertiesAndUpdateNeedsCurrentEtag() {
    String fingerprint = uploadMarkedCopy();
    Tagged<Image> stale = inProject.images().getTagged(fingerprint);

    inProject.images().patch(fingerprint, ImageUpdate.properties(Map.of("lxdjt", "1")), "");

    Image patched = inProject.images().get(fingerprint);
    assertThat(patched.properties()).containsEntry("lxdjt", "1").containsEntry("os", "busybox");
    assertThatThrownBy(
            () ->
                inProject
                    .images()
                    .update(fingerprint, ImageUpdate.from(stale.value()), stale.etag()))
        .isInstanceOf(LxdConflictException.class);
  }

  @Test
  void updateWithEtagReplacesFields() {
    String fingerprint = uploadMarkedCopy();
    Tagged<Image> read = inProject.images().getTagged(fingerprint);

    inProject
        .images()
        .update(
            fingerprint,
            new ImageUpdate(true, false, Map.of("os", "busybox"), List.of("default"), null),
            read.etag());

    Image updated = inProject.images().get(fingerprint);
    assertThat(updated.isPublic()).isTrue();
    assertThat(updated.properties()).containsOnlyKeys("os");
  }

  @Test
  void aliasesCreateUpdateRenameDelete() {
    String fingerprint = uploadMarkedCopy();
    String renamed = TestNames.unique();

    inProject.images().aliases().create(alias, fingerprint, "first");
    Tagged<ImageAlias> read = inProject.images().aliases().getTagged(alias);
    inProject.images().aliases().update(alias, fingerprint, "second", read.etag());
    inProject.images().aliases().rename(alias, renamed);

    assertThat(read.value().target()).isEqualTo(fingerprint);
    assertThat(inProject.images().aliases().find(alias)).isEmpty();
    assertThat(inProject.images().aliases().get(renamed).description()).isEqualTo("second");
    assertThat(inProject.images().aliases().list()).extracting(ImageAlias::name).contains(renamed);

    inProject.images().aliases().delete(renamed);

    assertThat(inProject.images().aliases().find(renamed)).isEmpty();
    assertThat(inProject.images().find(fingerprint)).isPresent();
  }

  @Test
  void publishInstanceCreatesImageWithAlias() {
    String source = uploadMarkedCopy();
    inProject
        .instances()
        .create(
            InstanceCreate.builder(instance)
                .source(InstanceSource.imageFingerprint(source))
                .build())
        .await();

    String published =
        Images.fingerprintOf(
            inProject
                .images()
                .publish(ImagePublish.instance(instance).withAliases(List.of(alias)))
                .await());

    assertThat(inProject.images().aliases().get(alias).target()).isEqualTo(published);
    assertThat(inProject.images().get(published).type()).isEqualTo("container");
  }

  @Test
  void deleteRemovesImage() {
    String fingerprint = uploadMarkedCopy();

    inProject.images().delete(fingerprint).await();

    assertThat(inProject.images().find(fingerprint)).isEmpty();
  }
}
