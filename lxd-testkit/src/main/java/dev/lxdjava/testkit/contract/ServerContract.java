package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdMissingExtensionException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.server.Server;
import dev.lxdjava.core.server.ServerInfo;
import dev.lxdjava.core.server.ServerResources;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon itself: info, resources, configuration updates and API extension checks. The
 * configuration test sets and removes a {@code user.} key of its own, which nothing reads.
 */
@LxdContract
public class ServerContract {
  private final Server server;
  private final String key = "user." + TestNames.unique();

  public ServerContract(Lxd lxd) {
    this.server = lxd.server();
  }

  @AfterEach
  void removeKey() {
    if (server.info().config().containsKey(key)) {
      server.updateConfig(Map.of(key, ""), "");
    }
  }

  @Test
  void infoDescribesDaemon() {
    ServerInfo info = server.info();

    assertThat(info.apiVersion()).isEqualTo("1.0");
    assertThat(info.isTrusted()).isTrue();
    assertThat(info.environment().server()).isIn("lxd", "incus");
    assertThat(info.apiExtensions()).contains("instances");
  }

  @Test
  void resourcesDescribeHardware() {
    ServerResources resources = server.resources();

    assertThat(resources.cpu().total()).isPositive();
    assertThat(resources.cpu().architecture()).isNotBlank();
    assertThat(resources.cpu().sockets()).isNotEmpty();
    assertThat(resources.memory().total()).isPositive();
    assertThat(resources.memory().used()).isPositive();
    assertThat(resources.raw()).containsKeys("cpu", "memory", "storage");
  }

  @Test
  void updateConfigSetsAndRemovesKey() {
    Tagged<ServerInfo> before = server.infoTagged();

    server.updateConfig(Map.of(key, "set by contract"), before.etag());
    String set = server.info().config().get(key);
    server.updateConfig(Map.of(key, ""), "");

    assertThat(before.etag()).isNotBlank();
    assertThat(set).isEqualTo("set by contract");
    assertThat(server.info().config()).doesNotContainKey(key);
  }

  @Test
  void updateConfigWithStaleEtagFailsPrecondition() {
    String stale = server.infoTagged().etag();
    server.updateConfig(Map.of(key, "first"), "");

    var conflict =
        catchThrowableOfType(
            LxdConflictException.class, () -> server.updateConfig(Map.of(key, "second"), stale));

    assertThat(conflict.isPreconditionFailed()).isTrue();
    assertThat(server.info().config()).containsEntry(key, "first");
  }

  @Test
  void hasExtensionAnswersByName() {
    assertThat(server.hasExtension("file_delete")).isTrue();
    assertThat(server.hasExtension("lxdjt_no_such_extension")).isFalse();
  }

  @Test
  void requireExtensionNamesMissingExtension() {
    var missing =
        catchThrowableOfType(
            LxdMissingExtensionException.class,
            () -> server.requireExtension("lxdjt_no_such_extension"));

    assertThat(missing.extension()).isEqualTo("lxdjt_no_such_extension");
    assertThat(missing).hasMessageContaining("'lxdjt_no_such_extension'");
  }
}
