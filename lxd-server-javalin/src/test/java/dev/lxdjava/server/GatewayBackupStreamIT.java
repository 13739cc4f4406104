package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backup larger than the gateway's heap moves through a gateway running with {@code -Xmx64m}: the
 * random file goes in through the file route, the tarball comes out through the export route and
 * back in through the import route, each byte for byte.
 */
@LocalLxd
class GatewayBackupStreamIT {
  private static final long FILE_BYTES = 110L * 1024 * 1024;
  private static final int HEAP_MIB = 64;

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String imported = TestNames.unique();
  private final HttpClient http = HttpClient.newHttpClient();
  private Path tarball;

  GatewayBackupStreamIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void cleanUp() throws IOException {
    for (String instance : new String[] {name, imported}) {
      if (lxd.instances().find(instance).isPresent()) {
        lxd.instances().delete(instance).await();
      }
    }
    if (tarball != null) {
      Files.deleteIfExists(tarball);
    }
  }

  @Test
  void largeBackupStreamsThroughSmallHeap() throws Exception {
    lxd.instances()
        .create(
            InstanceCreate.builder(name)
                .source(InstanceSource.imageAlias(TestNames.IMAGE_ALIAS))
                .build())
        .await();
    tarball = Files.createTempFile("lxdjt-backup", ".tar");
    try (ChildGateway gateway = ChildGateway.start(HEAP_MIB)) {
      String token = gateway.adminToken();
      MessageDigest pushed = MessageDigest.getInstance("SHA-256");
      HttpResponse<String> push =
          http.send(
              request(
                      gateway,
                      token,
                      "/api/v1/instances/" + name + "/files?path=%2Froot%2Frandom.bin")
                  .header("Content-Type", "application/octet-stream")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new DigestInputStream(new RandomBytes(FILE_BYTES), pushed)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> backup =
          http.send(
              request(gateway, token, "/api/v1/instances/" + name + "/backups?wait=true")
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\": \"large\", \"instance_only\": true,"
                              + " \"compression_algorithm\": \"none\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      HttpResponse<Path> export =
          http.send(
              request(gateway, token, "/api/v1/instances/" + name + "/backups/large/export")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofFile(tarball));
      String direct = sha256(lxd.backups().export(name, "large"));
      HttpResponse<String> importReply =
          http.send(
              request(gateway, token, "/api/v1/instances/import?wait=true&name=" + imported)
                  .header("Content-Type", "application/octet-stream")
                  .POST(HttpRequest.BodyPublishers.ofFile(tarball))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      boolean aliveAfterwards = gateway.isAlive();
      String gatewayLog = gateway.log();

      assertThat(push.statusCode()).as(push.body()).isEqualTo(201);
      assertThat(backup.statusCode()).as(backup.body()).isEqualTo(200);
      assertThat(export.statusCode()).as(gatewayLog).isEqualTo(200);
      assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment; filename=\"" + name + "-large.tar.gz\"");
      assertThat(Files.size(tarball)).isGreaterThan(100L * 1024 * 1024);
      assertThat(sha256(Files.newInputStream(tarball))).isEqualTo(direct);
      assertThat(importReply.statusCode()).as(importReply.body()).isEqualTo(200);
      assertThat(aliveAfterwards).as(gatewayLog).isTrue();
      String importedFile = sha256(lxd.files().pull(imported, "/root/random.bin").content());
      assertThat(importedFile).isEqualTo(HexFormat.of().formatHex(pushed.digest()));
    }
  }

  private static HttpRequest.Builder request(ChildGateway gateway, String token, String path) {
    return HttpRequest.newBuilder(gateway.uri(path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + token);
  }

  private static String sha256(InputStream content) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(content, digest);
        OutputStream sink = OutputStream.nullOutputStream()) {
      in.transferTo(sink);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Incompressible bytes from a fixed seed, generated as they are read. */
  private static final class RandomBytes extends FilterInputStream {
    private final Random random = new Random(42);
    private long left;

    RandomBytes(long size) {
      super(InputStream.nullInputStream());
      this.left = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int count = (int) Math.min(length, left);
      byte[] chunk = new byte[count];
      random.nextBytes(chunk);
      System.arraycopy(chunk, 0, buffer, offset, count);
      left -= count;
      return count;
    }
  }
}
