package dev.lxdjava.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCertificateTest {
  @TempDir Path folder;

  @Test
  void generatedCertificateIsEcP384ForClientAuthentication() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");

    X509Certificate certificate = generated.certificate();

    assertThat(generated.privateKey().getAlgorithm()).isEqualTo("EC");
    assertThat(((ECKey) generated.privateKey()).getParams().getOrder().bitLength()).isEqualTo(384);
    assertThat(certificate.getSubjectX500Principal().getName())
        .isEqualTo("CN=alice@host,O=linuxcontainers.org");
    assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(certificate.getNotAfter().toInstant())
        .isAfter(Instant.now().plus(Duration.ofDays(3649)));
    assertThat(generated.fingerprint()).matches("[0-9a-f]{64}");
  }

  @Test
  void writtenKeyIsSec1WithPublicKeyAndOwnerOnly() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");
    Path certificate = folder.resolve("client.crt");
    Path key = folder.resolve("client.key");

    generated.writePem(certificate, key);

    assertThat(Files.readString(key)).startsWith("-----BEGIN EC PRIVATE KEY-----");
    assertThat(Files.readString(certificate)).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(ClientCertificate.load(certificate, key).fingerprint())
        .isEqualTo(generated.fingerprint());
  }

  @Test
  void writeRefusesToOverwriteKey() throws Exception {
    Path certificate = folder.resolve("client.crt");
    Path key = folder.resolve("client.key");
    Files.writeString(key, "existing");

    assertThatThrownBy(() -> ClientCertificate.generate("a").writePem(certificate, key))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(key.toString())
        .hasMessageContaining("already exists");
    assertThat(Files.readString(key)).isEqualTo("existing");
    assertThat(certificate).doesNotExist();
  }

  @Test
  void pkcs8KeyLoads() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");
    Path certificate = write("client.crt", generated.certificatePem());
    Path key = write("client.key", pem("PRIVATE KEY", generated.privateKey().getEncoded()));

    ClientCertificate loaded = ClientCertificate.load(certificate, key);

    assertThat(loaded.fingerprint()).isEqualTo(generated.fingerprint());
  }

  @Test
  void pkcs1RsaKeyLoads() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    Path certificate = write("rsa.crt", pem(selfSigned(keys, "SHA256withRSA")));
    Path key = write("rsa.key", pem(keys.getPrivate()));

    ClientCertificate loaded = ClientCertificate.load(certificate, key);

    assertThat(Files.readString(key)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(loaded.privateKey().getAlgorithm()).isEqualTo("RSA");
  }

  @Test
  void keyOfAnotherCertificateIsRejected() throws Exception {
    ClientCertificate first = ClientCertificate.generate("first");
    ClientCertificate second = ClientCertificate.generate("second");
    Path certificate = write("first.crt", first.certificatePem());
    Path key = folder.resolve("second.key");
    second.writePem(folder.resolve("second.crt"), key);

    assertThatThrownBy(() -> ClientCertificate.load(certificate, key))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(key.toString())
        .hasMessageContaining("does not belong to the client certificate")
        .hasMessageContaining(first.fingerprint());
  }

  @Test
  void missingCertificateFileIsNamed() {
    Path certificate = folder.resolve("missing.crt");

    assertThatThrownBy(() -> ClientCertificate.load(certificate, folder.resolve("missing.key")))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("client certificate file")
        .hasMessageContaining(certificate.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void keyFileWithoutKeyIsRejected() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");
    Path certificate = write("client.crt", generated.certificatePem());
    Path key = write("client.key", generated.certificatePem());

    assertThatThrownBy(() -> ClientCertificate.load(certificate, key))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(key.toString())
        .hasMessageContaining("unsupported type");
  }

  @Test
  void textWithoutPemIsRejected() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");
    Path certificate = write("client.crt", generated.certificatePem());
    Path key = write("client.key", "just text\n");

    assertThatThrownBy(() -> ClientCertificate.load(certificate, key))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("contains no private key");
  }

  @Test
  void binaryFileIsRejectedAsNotPem() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");
    Path certificate = folder.resolve("client.der");
    Files.write(certificate, generated.certificate().getEncoded());

    assertThatThrownBy(() -> ClientCertificate.load(certificate, folder.resolve("k")))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("is not PEM text");
  }

  @Test
  void encryptedKeyIsRejected() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("alice@host");
    Path certificate = write("client.crt", generated.certificatePem());
    Path key =
        write(
            "client.key",
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                + "MIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIAAAAAAAAAAACAggA\n"
                + "MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBAAAAAAAAAAAAAAAAAAAAAABIIB\n"
                + "YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
                + "-----END ENCRYPTED PRIVATE KEY-----\n");

    assertThatThrownBy(() -> ClientCertificate.load(certificate, key))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(key.toString());
  }

  @Test
  void toStringShowsNoKey() {
    ClientCertificate generated = ClientCertificate.generate("alice@host");

    assertThat(generated.toString()).contains(generated.fingerprint()).doesNotContain("PRIVATE");
  }

  private Path write(String file, String text) throws Exception {
    Path path = folder.resolve(file);
    Files.writeString(path, text);
    return path;
  }

  private static String pem(String type, byte[] der) throws Exception {
    return pem(new PemObject(type, der));
  }

  private static String pem(Object value) throws Exception {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      if (value instanceof PemObject object) {
        writer.writeObject(object);
      } else {
        writer.writeObject(value);
      }
    }
    return text.toString();
  }

  private static X509Certificate selfSigned(KeyPair keys, String algorithm) throws Exception {
    X500Name subject = new X500Name("CN=rsa-client");
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            subject,
            BigInteger.ONE,
            Date.from(now),
            Date.from(now.plus(Duration.ofDays(1))),
            subject,
            keys.getPublic());
    var signer = new JcaContentSignerBuilder(algorithm).build(keys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }
}
