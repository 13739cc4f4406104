package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TLS listener: untrusted and trusted clients, enrolment by password and token. */
class FakeTlsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final char[] PASSWORD = "test".toCharArray();

  private static FakeLxd fake;

  @BeforeAll
  static void start() {
    fake = FakeLxd.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static HttpClient client(ClientCertificate identity) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("fake-lxd", fake.serverCertificate());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    if (identity != null) {
      keys.init(identity.keyStore(PASSWORD), PASSWORD);
    } else {
      KeyStore empty = KeyStore.getInstance("PKCS12");
      empty.load(null, null);
      keys.init(empty, PASSWORD);
    }
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(context).build();
  }

  private static JsonNode send(HttpClient client, String method, String path, Object body)
      throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fake.tlsUrl() + path)).method(method, publisher).build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return JSON.readTree(response.body());
  }

  @Test
  void clientWithoutCertificateIsUntrusted() throws Exception {
    HttpClient anonymous = client(null);

    JsonNode info = send(anonymous, "GET", "/1.0", null);
    JsonNode instances = send(anonymous, "GET", "/1.0/instances", null);

    assertThat(info.get("metadata").get("auth").asText()).isEqualTo("untrusted");
    assertThat(info.get("metadata").has("environment")).isFalse();
    assertThat(instances.get("error_code").asInt()).isEqualTo(403);
    assertThat(instances.get("error").asText()).isEqualTo("not authorized");
  }

  @Test
  void trustedCertificateSeesEverything() throws Exception {
    ClientCertificate identity = ClientCertificate.generate("trusted");
    fake.trust("trusted", identity.certificate());

    JsonNode info = send(client(identity), "GET", "/1.0", null);

    assertThat(info.get("metadata").get("auth").asText()).isEqualTo("trusted");
    assertThat(info.get("metadata").get("environment").get("certificate_fingerprint").asText())
        .hasSize(64);
    assertThat(info.get("metadata").get("config").get("core.https_address").asText())
        .startsWith("127.0.0.1:");
  }

  @Test
  void trustPasswordEnrolsTheCallersCertificate() throws Exception {
    fake.trustPassword("s3cret");
    ClientCertificate identity = ClientCertificate.generate("enrolled");
    HttpClient client = client(identity);

    JsonNode wrong =
        send(client, "POST", "/1.0/certificates", Map.of("type", "client", "password", "nope"));
    JsonNode right =
        send(client, "POST", "/1.0/certificates", Map.of("type", "client", "password", "s3cret"));
    JsonNode info = send(client, "GET", "/1.0", null);

    assertThat(wrong.get("error_code").asInt()).isEqualTo(403);
    assertThat(right.get("type").asText()).isEqualTo("sync");
    assertThat(info.get("metadata").get("auth").asText()).isEqualTo("trusted");
  }

  @Test
  void trustTokenEnrolsOnceAndEndsItsOperation() throws Exception {
    try (RawLxd socket = new RawLxd(fake)) {
      JsonNode token =
          socket
              .send("POST", "/1.0/certificates", Map.of("name", "via-token", "token", true))
              .metadata();
      String secret = token.get("metadata").get("secret").asText();
      ClientCertificate identity = ClientCertificate.generate("via-token");
      HttpClient client = client(identity);

      JsonNode enrolled =
          send(client, "POST", "/1.0/certificates", Map.of("type", "client", "password", secret));
      JsonNode operation = socket.get("/1.0/operations/" + token.get("id").asText()).metadata();
      JsonNode listed = socket.get("/1.0/certificates?recursion=1").metadata();

      assertThat(enrolled.get("type").asText()).isEqualTo("sync");
      assertThat(operation.get("status").asText()).isEqualTo("Success");
      assertThat(listed.toString()).contains("via-token", identity.fingerprint());
    }
  }

  @Test
  void requiredClientCertificateRejectsAnonymousHandshake() throws Exception {
    try (FakeLxd strict = FakeLxd.builder().requireClientCertificate(true).start()) {
      HttpClient anonymous = client(null);
      HttpRequest request = HttpRequest.newBuilder(URI.create(strict.tlsUrl() + "/1.0")).build();

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> anonymous.send(request, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(java.io.IOException.class);
    }
  }
}
