package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.TestNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cluster targets on the two-member test cluster that {@code scripts/lxd-cluster-setup.sh} starts
 * beside the main daemon. Skipped when the cluster is not there, except with {@code CI=true}.
 */
class ClusterIT {
  private static final Path MEMBER1 = Path.of("/var/lib/lxd-c1/unix.socket");
  private static final Path MEMBER2 = Path.of("/var/lib/lxd-c2/unix.socket");

  private static Lxd member1;
  private static Lxd member2;

  private final List<String> created = new ArrayList<>();

  @BeforeAll
  static void connect() {
    boolean present = Files.exists(MEMBER1) && Files.exists(MEMBER2);
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      Assumptions.assumeTrue(
          present, "no test cluster: run 'sudo scripts/lxd-cluster-setup.sh' to start it");
    }
    member1 = LxdClient.unixSocket(MEMBER1);
    member2 = LxdClient.unixSocket(MEMBER2);
  }

  @AfterAll
  static void disconnect() {
    if (member1 != null) {
      member1.close();
      member2.close();
    }
  }

  @AfterEach
  void deleteInstances() {
    for (String name : created) {
      var instance = member1.instances().find(name);
      if (instance.isEmpty()) {
        continue;
      }
      if (instance.get().status().equals("Running")) {
        member1.instances().stop(name, true).await();
      }
      member1.instances().delete(name).await();
    }
  }

  private String create(Lxd view) {
    String name = TestNames.unique();
    created.add(name);
    view.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
    return name;
  }

  @Test
  void membersReportOneCluster() {
    var first = member1.server().info().environment();
    var second = member2.server().info().environment();

    assertThat(first.serverClustered()).isTrue();
    assertThat(first.serverName()).isEqualTo("member1");
    assertThat(second.serverName()).isEqualTo("member2");
  }

  @Test
  void targetPlacesInstanceOnMember() {
    String onSecond = create(member1.target("member2"));
    String onFirst = create(member1.target("member1"));

    Instance second = member1.instances().get(onSecond);
    Instance first = member1.instances().get(onFirst);

    assertThat(second.location()).isEqualTo("member2");
    assertThat(first.location()).isEqualTo("member1");
  }

  @Test
  void instanceOnOtherMemberRunsThroughEitherMember() {
    String name = create(member1.target("member2"));

    member1.instances().start(name).await();

    assertThat(member2.instances().get(name).status()).isEqualTo("Running");
    assertThat(member1.instances().state(name).pid()).isPositive();
  }

  @Test
  void targetViewKeepsProjectAndConnection() {
    Lxd view = member1.project("default").target("member2");

    assertThat(view.scope().project()).isEqualTo("default");
    assertThat(view.scope().target()).isEqualTo("member2");
    assertThat(view.instances().list()).isNotNull();
  }
}
