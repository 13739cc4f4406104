package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.image.ImagePublish;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid names fail with a validation error before the adapters build any request. */
class ValidationBeforeRequestTest {

  /** A connection that fails the test on any request. */
  private static final class NoRequests implements Connection {
    @Override
    public HttpClient httpClient() {
      throw new AssertionError("no HTTP client expected");
    }

    @Override
    public String baseUri() {
      return "http://lxd";
    }

    @Override
    public Request newRequest(String method, String pathAndQuery) {
      throw new AssertionError("no request expected, got " + method + " " + pathAndQuery);
    }

    @Override
    public void customize(Request request) {}

    @Override
    public String describe() {
      return "no requests";
    }

    @Override
    public void close() {}
  }

  private final Lxd lxd =
      new RestLxd(
          new RestClient(new NoRequests(), new ObjectMapper(), Duration.ofSeconds(1)),
          Scope.DEFAULT,
          true);

  private static void assertRejected(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(LxdValidationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", "%2F", "%2e%2e", "%252e%252e", "a%2Fb"})
  void pathTricksNeverReachLxd(String name) {
    assertRejected(() -> lxd.storageVolumes("default").create(StorageVolumeCreate.of(name)));
    assertRejected(() -> lxd.storageVolumes("default").get(name));
    assertRejected(() -> lxd.storageVolumes("default").rename("data", name));
    assertRejected(() -> lxd.storageVolumes("default").snapshots(name));
    assertRejected(() -> lxd.storageVolumes(name));
    assertRejected(() -> lxd.networks().create(NetworkCreate.bridge("br" + name, Map.of())));
    assertRejected(() -> lxd.networks().delete("br" + name));
    assertRejected(() -> lxd.projects().create(ProjectCreate.of(name)));
    assertRejected(() -> lxd.projects().rename("p1", name));
    assertRejected(() -> lxd.project(name));
    assertRejected(() -> lxd.profiles().get(name));
    assertRejected(() -> lxd.storagePools().delete(name));
    assertRejected(() -> lxd.images().aliases().create(name, "abc", ""));
    assertRejected(() -> lxd.images().aliases().delete(name));
    assertRejected(() -> lxd.images().get(name));
    assertRejected(() -> ImagePublish.snapshot("c1", name));
    assertRejected(() -> lxd.storageVolumes("default").detach(name, "c1"));
    assertRejected(() -> lxd.networks().detach("br0", name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "lxdjt-0123456789", "br 0"})
  void networkNamesFollowInterfaceRule(String name) {
    assertRejected(() -> lxd.networks().create(NetworkCreate.bridge(name, Map.of())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a_b", "a'b"})
  void projectNamesFollowLxdRule(String name) {
    assertRejected(() -> lxd.projects().create(ProjectCreate.of(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10 GiB", "-1", "1.5GiB", "10XB", ""})
  void resizeRejectsBadSizes(String size) {
    assertRejected(() -> lxd.storageVolumes("default").resize("data", size));
  }

  @ParameterizedTest
  @ValueSource(strings = {"relative/path", ""})
  void attachRejectsRelativePaths(String path) {
    assertRejected(
        () ->
            lxd.storageVolumes("default")
                .attach("data", new dev.lxdjava.core.storage.DiskAttachment("c1", "data", path)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org", "not a url", "https://"})
  void imageCopyRejectsBadServers(String server) {
    assertRejected(
        () -> dev.lxdjava.core.image.ImageCopy.builder(server, "lxd").alias("a").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "a/.."})
  void publishAliasesAreChecked(String alias) {
    assertRejected(() -> ImagePublish.instance("c1").withAliases(List.of(alias)));
  }
}
