package dev.lxdjava.transport.docs;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.image.ImageCopy;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImagePublish;
import dev.lxdjava.core.image.ImageUpdate;
import dev.lxdjava.core.image.ImageUpload;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.network.NetworkState;
import dev.lxdjava.core.network.NetworkUpdate;
import dev.lxdjava.core.profile.Profile;
import dev.lxdjava.core.profile.ProfileCreate;
import dev.lxdjava.core.profile.ProfileUpdate;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.core.project.ProjectState;
import dev.lxdjava.core.storage.DiskAttachment;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StoragePoolCreate;
import dev.lxdjava.core.storage.StoragePoolResources;
import dev.lxdjava.core.storage.StoragePoolUpdate;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.core.storage.StorageVolumes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The storage, network, profile, project and image examples of {@code docs/sdk.md}, compiled with
 * the tests. {@code SdkDocsTest} checks that every Java block of the guide appears here.
 */
final class InfraExamples {
  private InfraExamples() {}

  static void storagePools(Lxd lxd) {
    lxd.storagePools().create(StoragePoolCreate.of("fast", "dir"));
    Tagged<StoragePool> pool = lxd.storagePools().getTagged("fast");
    lxd.storagePools()
        .patch("fast", StoragePoolUpdate.config(Map.of("rsync.bwlimit", "50MB")), pool.etag());
    StoragePoolResources.Usage space = lxd.storagePools().resources("fast").space();
    long freeBytes = space.total() - space.used();
    lxd.storagePools().delete("fast");
  }

  static void storageVolumes(Lxd lxd) {
    StorageVolumes volumes = lxd.storageVolumes("default");
    volumes.create(StorageVolumeCreate.of("data").withSize("1GiB"));
    volumes.resize("data", "2GiB");
    volumes.snapshots("data").create("before-upgrade").await();
    volumes.attach("data", "web1"); // disk device "data" at /mnt/data
    volumes.attach("data", new DiskAttachment("worker1", "shared", "/srv/shared"));
    volumes.detach("data", "web1"); // the device is really gone afterwards
    volumes.snapshots("data").restore("before-upgrade");
  }

  static void networks(Lxd lxd) {
    lxd.networks()
        .create(
            NetworkCreate.bridge(
                "br-test", Map.of("ipv4.address", "none", "ipv6.address", "none")));
    lxd.networks().patch("br-test", NetworkUpdate.config(Map.of("bridge.mtu", "9000")), "");
    NetworkState state = lxd.networks().state("br-test");
    lxd.networks().attach("br-test", "web1"); // nic device "br-test", eth1 inside
    lxd.networks().detach("br-test", "web1");
    lxd.networks().rename("br-test", "br-lab");
  }

  static void profiles(Lxd lxd) {
    lxd.profiles().create(ProfileCreate.of("small"));
    Tagged<Profile> small = lxd.profiles().getTagged("small");
    ProfileUpdate limits = new ProfileUpdate("1 CPU", Map.of("limits.cpu", "1"), Map.of());
    try {
      lxd.profiles().update("small", limits, small.etag());
    } catch (LxdConflictException e) {
      // Someone changed the profile since it was read: read it again and retry.
    }
  }

  static void projects(Lxd lxd) {
    lxd.projects()
        .create(
            ProjectCreate.of("team-a").withFeature("images", true).withFeature("profiles", false));
    Lxd teamA = lxd.project("team-a"); // same connection, every request carries project=team-a
    ProjectState usage = lxd.projects().state("team-a");
    lxd.projects().rename("team-a", "team-b").await();
  }

  static void images(Lxd lxd, Path directory, String pem) {
    Images images = lxd.images();
    ImageFiles files = images.export("02c52ca169db", directory); // streamed to disk
    Images teamImages = lxd.project("team-a").images();
    String fingerprint = Images.fingerprintOf(teamImages.upload(ImageUpload.of(files)).await());
    teamImages.aliases().create("busybox", fingerprint, "uploaded copy");
    teamImages.patch(fingerprint, ImageUpdate.properties(Map.of("release", "test")), "");
    String published =
        Images.fingerprintOf(
            images
                .publish(ImagePublish.snapshot("web1", "snap0").withAliases(List.of("web1-snap0")))
                .await());
    images
        .copy(
            ImageCopy.builder("https://images.example.org:8443", "lxd")
                .alias("busybox")
                .certificate(pem)
                .build())
        .await();
    images.delete(published).await();
  }
}
