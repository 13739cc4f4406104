package dev.lxdjava.testkit.fake.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed EC P-384 certificate with its key, as LXD generates for servers and {@code lxc} for
 * clients. The server certificate is made once per JVM and shared by all fakes, because key
 * generation is the slowest part of starting one.
 *
 * @param keyPair the key pair
 * @param certificate the certificate, valid for ten years, for {@code localhost} and 127.0.0.1
 */
public record SelfSigned(KeyPair keyPair, X509Certificate certificate) {
  private static volatile SelfSigned server;

  /** The certificate all fake servers in this JVM present. */
  public static SelfSigned server() {
    SelfSigned current = server;
    if (current == null) {
      synchronized (SelfSigned.class) {
        current = server;
        if (current == null) {
          current = generate("root@fake-lxd", true);
          server = current;
        }
      }
    }
    return current;
  }

  /**
   * Generates a key pair and a certificate for it.
   *
   * @param serverUse whether the certificate is for a server (else for a client)
   */
  public static SelfSigned generate(String commonName, boolean serverUse) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp384r1"));
      KeyPair keyPair = generator.generateKeyPair();
      X500Name name = new X500Name("O=linuxcontainers.org,CN=" + commonName);
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(127, new SecureRandom()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              keyPair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(
              serverUse ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
      if (serverUse) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(
                new GeneralName[] {
                  new GeneralName(GeneralName.dNSName, "localhost"),
                  new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                  new GeneralName(GeneralName.iPAddress, "::1")
                }));
      }
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA384withECDSA").build(keyPair.getPrivate())));
      return new SelfSigned(keyPair, certificate);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException(
          "cannot generate a self-signed certificate: " + e.getMessage(), e);
    }
  }

  /** A key store holding the key and certificate under the alias {@code fake-lxd}. */
  public KeyStore keyStore(char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "fake-lxd",
          keyPair.getPrivate(),
          password,
          new java.security.cert.Certificate[] {certificate});
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a key store: " + e.getMessage(), e);
    }
  }

  /** The certificate in PEM form. */
  public String certificatePem() {
    return pem(certificate);
  }

  /** The private key in PKCS#8 PEM form. */
  public String privateKeyPem() {
    try {
      return pem(new JcaPKCS8Generator(keyPair.getPrivate(), null));
    } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
      throw new IllegalStateException("cannot encode the private key: " + e.getMessage(), e);
    }
  }

  private static String pem(Object object) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** SHA-256 of the certificate's DER encoding, hex. */
  public String fingerprint() {
    return Trust.fingerprint(certificate);
  }
}
