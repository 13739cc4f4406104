package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdForbiddenException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enrolment of a new client over HTTPS on the loopback listener: untrusted access, trust tokens and
 * the trust password, and the errors for wrong credentials.
 */
@LocalLxd
class TrustEnrolmentIT {
  private static LocalHttps local;
  private static String previousAddress;

  private final List<String> trusted = new ArrayList<>();
  private final List<Lxd> clients = new ArrayList<>();
  private final String name = TestNames.unique();

  @BeforeAll
  static void enableListener() {
    local = LocalHttps.open();
    previousAddress = local.enableListener();
  }

  @AfterAll
  static void restoreListener() {
    local.restoreListener(previousAddress);
    local.close();
  }

  @AfterEach
  void removeCertificatesAndClients() {
    clients.forEach(Lxd::close);
    trusted.forEach(local::untrust);
  }

  private Lxd remote(ClientCertificate certificate) {
    LxdClient.Builder builder =
        LxdClient.builder().remote(LocalHttps.url()).serverFingerprint(local.serverFingerprint());
    if (certificate != null) {
      builder.clientCertificate(certificate);
    }
    Lxd lxd = builder.build();
    clients.add(lxd);
    return lxd;
  }

  @Test
  void clientWithoutCertificateIsUntrusted() {
    Lxd anonymous = remote(null);

    var info = anonymous.server().info();

    assertThat(info.auth()).isEqualTo("untrusted");
    assertThat(info.isTrusted()).isFalse();
  }

  @Test
  void tokenEnrolmentTrustsNewClient() {
    TrustToken token = local.lxd().certificates().createToken(CertificateAdd.client(name));
    ClientCertificate certificate = ClientCertificate.generate(name);
    trusted.add(certificate.fingerprint());
    Lxd client = remote(certificate);
    assertThat(client.server().info().auth()).isEqualTo("untrusted");

    client.certificates().enrolWithToken(token.value());

    assertThat(client.server().info().auth()).isEqualTo("trusted");
    assertThat(local.lxd().certificates().get(certificate.fingerprint()).name()).isEqualTo(name);
  }

  @Test
  void tokenCarriesGrantAndServerIdentity() {
    CertificateAdd grant = CertificateAdd.client(name).restrictedTo(List.of("default"));
    TrustToken token = local.lxd().certificates().createToken(grant);
    ClientCertificate certificate = ClientCertificate.generate("lxdjt-common-name");
    trusted.add(certificate.fingerprint());

    TrustToken decoded = TrustTokens.decode(token.value());
    remote(certificate).certificates().enrolWithToken(token.value());

    assertThat(decoded.clientName()).isEqualTo(name);
    assertThat(decoded.serverFingerprint()).isEqualTo(local.serverFingerprint());
    assertThat(decoded.addresses()).contains(LocalHttps.ADDRESS);
    var added = local.lxd().certificates().get(certificate.fingerprint());
    assertThat(added.name()).isEqualTo(name);
    assertThat(added.restricted()).isTrue();
    assertThat(added.projects()).containsExactly("default");
  }

  @Test
  void usedTokenIsRejectedTheSecondTime() {
    TrustToken token = local.lxd().certificates().createToken(CertificateAdd.client(name));
    ClientCertificate first = ClientCertificate.generate(name);
    ClientCertificate second = ClientCertificate.generate(name);
    trusted.add(first.fingerprint());
    trusted.add(second.fingerprint());
    remote(first).certificates().enrolWithToken(token.value());

    assertThatThrownBy(() -> remote(second).certificates().enrolWithToken(token.value()))
        .isInstanceOf(LxdForbiddenException.class);
  }

  @Test
  void revokedTokenIsRejected() {
    TrustToken token = local.lxd().certificates().createToken(CertificateAdd.client(name));
    ClientCertificate certificate = ClientCertificate.generate(name);
    trusted.add(certificate.fingerprint());

    local.lxd().certificates().revokeToken(TrustTokens.decode(token.value()));

    assertThatThrownBy(() -> remote(certificate).certificates().enrolWithToken(token.value()))
        .isInstanceOf(LxdForbiddenException.class);
  }

  @Test
  void unknownTokenIsForbidden() {
    String forged =
        encodeToken(
            Map.of(
                "client_name", name,
                "fingerprint", local.serverFingerprint(),
                "addresses", List.of(LocalHttps.ADDRESS),
                "secret", HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()),
                "expires_at", "0001-01-01T00:00:00Z"));
    ClientCertificate certificate = ClientCertificate.generate(name);
    trusted.add(certificate.fingerprint());
    Lxd client = remote(certificate);

    assertThatThrownBy(() -> client.certificates().enrolWithToken(forged))
        .isInstanceOf(LxdForbiddenException.class)
        .hasMessageContaining("No matching certificate add operation");
    assertThat(client.server().info().isTrusted()).isFalse();
  }

  @Test
  void malformedTokenIsRejectedWithoutShowingIt() {
    Lxd client = remote(ClientCertificate.generate(name));

    assertThatThrownBy(() -> client.certificates().enrolWithToken("secret-not-a-token"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("trust token")
        .hasMessageNotContaining("secret-not-a-token");
  }

  @Test
  void passwordEnrolmentTrustsNewClient() {
    String previousPassword = local.config("core.trust_password");
    assumeThat(previousPassword)
        .as("core.trust_password is already set; the test does not replace it")
        .isEmpty();
    String password = "lxdjt-" + UUID.randomUUID();
    local.setConfig("core.trust_password", password);
    try {
      ClientCertificate certificate = ClientCertificate.generate(name);
      trusted.add(certificate.fingerprint());
      Lxd client = remote(certificate);

      client.certificates().enrolWithPassword(name, password);

      assertThat(client.server().info().isTrusted()).isTrue();
      assertThat(local.lxd().certificates().get(certificate.fingerprint()).name()).isEqualTo(name);
    } finally {
      local.setConfig("core.trust_password", "");
    }
  }

  @Test
  void wrongPasswordIsForbidden() {
    ClientCertificate certificate = ClientCertificate.generate(name);
    trusted.add(certificate.fingerprint());
    Lxd client = remote(certificate);

    assertThatThrownBy(() -> client.certificates().enrolWithPassword(name, "wrong-password"))
        .isInstanceOf(LxdForbiddenException.class);
    assertThat(client.server().info().isTrusted()).isFalse();
  }

  @Test
  void enrolmentWithoutClientCertificateIsRejected() {
    TrustToken token = local.lxd().certificates().createToken(CertificateAdd.client(name));
    try {
      Lxd anonymous = remote(null);

      assertThatThrownBy(() -> anonymous.certificates().enrolWithToken(token.value()))
          .isInstanceOf(LxdValidationException.class)
          .hasMessageContaining("client certificate")
          .hasMessageContaining("presents none");
      assertThatThrownBy(() -> anonymous.certificates().enrolWithPassword(name, "password"))
          .isInstanceOf(LxdValidationException.class)
          .hasMessageContaining("presents none");
    } finally {
      local.lxd().certificates().revokeToken(token);
    }
  }

  @Test
  void enrolmentOverUnixSocketIsRejected() {
    assertThatThrownBy(() -> local.lxd().certificates().enrolWithPassword(name, "password"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("unix socket");
  }

  private static String encodeToken(Map<String, Object> fields) {
    try {
      byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(fields);
      return Base64.getEncoder().encodeToString(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
