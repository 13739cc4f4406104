package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImagePublish;
import dev.lxdjava.core.image.ImageUpload;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.testkit.ImageTarballs;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.internal.LxdPath;
import dev.lxdjava.transport.internal.LxdResponse;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.RestLxd;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project travels with every follow-up call: an image uploaded into a project, an instance made
 * from it, a snapshot and an image published from the snapshot all stay in the project, and every
 * request of that flow, including operation waits, carries {@code project=}. Requests are recorded
 * with a listener on the connection's HTTP client.
 */
@LocalLxd
class ProjectScopingIT {
  private final String project = TestNames.unique();
  private final String instance = TestNames.unique();
  private final List<URI> requests = new CopyOnWriteArrayList<>();

  private UnixSocketConnection connection;
  private RestClient rest;
  private Lxd lxd;

  @TempDir Path temp;

  @BeforeEach
  void connect() {
    connection =
        UnixSocketConnection.open(
            SocketPaths.detect(System.getenv()).orElseThrow(), Duration.ofSeconds(10));
    connection
        .httpClient()
        .getRequestListeners()
        .addBeginListener(request -> requests.add(request.getURI()));
    rest = new RestClient(connection, JsonSupport.mapper(), Duration.ofMinutes(2));
    lxd = new RestLxd(rest, Scope.DEFAULT, true);
    lxd.projects()
        .create(
            ProjectCreate.of(project).withFeature("images", true).withFeature("profiles", false));
  }

  @AfterEach
  void deleteProject() {
    try {
      Lxd inProject = lxd.project(project);
      if (inProject.instances().find(instance).isPresent()) {
        inProject.instances().delete(instance).await();
      }
      for (String fingerprint : inProject.images().fingerprints()) {
        inProject.images().delete(fingerprint).await();
      }
      lxd.projects().delete(project);
    } finally {
      lxd.close();
    }
  }

  /** Takes a snapshot with a plain REST call; the SDK's snapshot port is built separately. */
  private void snapshot(Lxd inProject, String name) {
    ObjectNode body = rest.json().createObjectNode().put("name", name);
    LxdPath path = LxdPath.of("instances", instance, "snapshots").scope(inProject.scope(), false);
    LxdResponse response = rest.send("POST", path, body);
    String operation = LxdPath.parse(response.operationUrl()).lastSegment();
    inProject.operations().handle(operation).await();
  }

  @Test
  void uploadLaunchSnapshotPublishStayInProject() {
    Path exported =
        lxd.images()
            .export(lxd.images().aliases().get(TestNames.IMAGE_ALIAS).target(), temp)
            .main();
    Path tarball = ImageTarballs.withMarker(exported, temp.resolve("p1.tar.gz"), project);
    Lxd inProject = lxd.project(project);
    requests.clear();

    String fingerprint =
        Images.fingerprintOf(
            inProject.images().upload(ImageUpload.of(ImageFiles.unified(tarball))).await());
    inProject
        .instances()
        .create(
            InstanceCreate.builder(instance)
                .source(InstanceSource.imageFingerprint(fingerprint))
                .build())
        .await();
    Instance created = inProject.instances().get(instance);
    snapshot(inProject, "snap0");
    String published =
        Images.fingerprintOf(
            inProject.images().publish(ImagePublish.snapshot(instance, "snap0")).await());
    List<URI> flow = List.copyOf(requests);

    assertThat(flow).hasSizeGreaterThanOrEqualTo(8);
    assertThat(flow)
        .allSatisfy(uri -> assertThat(uri.getRawQuery()).contains("project=" + project));
    assertThat(created.project()).isEqualTo(project);
    assertThat(inProject.images().get(published).fingerprint()).isEqualTo(published);
    assertThat(published).isNotEqualTo(fingerprint);
    assertThat(lxd.images().find(fingerprint)).isEmpty();
    assertThat(lxd.images().find(published)).isEmpty();
    assertThat(lxd.instances().find(instance)).isEmpty();
  }
}
