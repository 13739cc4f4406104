package dev.lxdjava.transport.tls;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.transport.internal.PemFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A client certificate with its private key, as LXD's HTTPS listener expects from a client. It
 * loads the PEM files that {@code lxc} and {@code openssl} write, and generates new ones the way
 * {@code lxc} does for enrolment.
 *
 * <p>{@link #toString()} shows the fingerprint and subject, never the key.
 */
public final class ClientCertificate {
  /** Validity of generated certificates, the same ten years {@code lxc} uses. */
  public static final Duration GENERATED_VALIDITY = Duration.ofDays(3650);

  private final X509Certificate certificate;
  private final PrivateKey privateKey;

  private ClientCertificate(X509Certificate certificate, PrivateKey privateKey) {
    this.certificate = certificate;
    this.privateKey = privateKey;
  }

  /**
   * Pairs a certificate with its key.
   *
   * @throws LxdValidationException if the key does not belong to the certificate
   */
  public static ClientCertificate of(X509Certificate certificate, PrivateKey privateKey) {
    requireMatch(certificate, privateKey, "private key", "(in memory)");
    return new ClientCertificate(certificate, privateKey);
  }

  /**
   * Loads a certificate and its key from PEM files. The key may be SEC1 ({@code EC PRIVATE KEY},
   * what {@code lxc} writes), PKCS#1 ({@code RSA PRIVATE KEY}) or unencrypted PKCS#8 ({@code
   * PRIVATE KEY}).
   *
   * @throws LxdValidationException naming the file if a file is missing or unreadable, holds no
   *     certificate or key in a supported format, or the key does not belong to the certificate
   */
  public static ClientCertificate load(Path certificateFile, Path keyFile) {
    X509Certificate certificate = PemFiles.readCertificate("client certificate", certificateFile);
    PrivateKey key = PemFiles.readPrivateKey("client key", keyFile);
    requireMatch(certificate, key, "client key file", keyFile.toString());
    return new ClientCertificate(certificate, key);
  }

  /**
   * Generates an EC P-384 key and a self-signed certificate for TLS client authentication, valid
   * for {@link #GENERATED_VALIDITY}, with organisation {@code linuxcontainers.org} as {@code lxc}
   * writes it.
   *
   * @param commonName the subject's common name; LXD shows it as the certificate's name when an
   *     enrolment gives none. {@code lxc} uses {@code user@host}.
   */
  public static ClientCertificate generate(String commonName) {
    if (commonName == null || commonName.isBlank()) {
      throw new LxdValidationException(
          "certificate common name", String.valueOf(commonName), "must not be blank");
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp384r1"));
      KeyPair keys = generator.generateKeyPair();
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.O, "linuxcontainers.org")
              .addRDN(BCStyle.CN, commonName)
              .build();
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(128, new SecureRandom()),
              Date.from(now),
              Date.from(now.plus(GENERATED_VALIDITY)),
              subject,
              keys.getPublic());
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      var signer = new JcaContentSignerBuilder("SHA384withECDSA").build(keys.getPrivate());
      X509Certificate certificate =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new ClientCertificate(certificate, keys.getPrivate());
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot generate an EC P-384 certificate", e);
    }
  }

  /**
   * Writes the certificate and the key as PEM files: the key as SEC1 ({@code EC PRIVATE KEY}) or
   * PKCS#1 for RSA, readable by the owner only (mode 0600, set when the file is created). Existing
   * files are never overwritten.
   *
   * @throws LxdValidationException if either file already exists
   * @throws UncheckedIOException if writing fails; a file created by this call is then removed
   */
  public void writePem(Path certificateFile, Path keyFile) {
    for (Path file : new Path[] {certificateFile, keyFile}) {
      if (Files.exists(file)) {
        throw new LxdValidationException(
            "certificate output file", file.toString(), "already exists and is not overwritten");
      }
    }
    boolean keyCreated = false;
    try {
      Files.createFile(
          keyFile,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      keyCreated = true;
      Files.writeString(keyFile, privateKeyPem(), StandardCharsets.US_ASCII);
      Files.writeString(certificateFile, certificatePem(), StandardCharsets.US_ASCII);
    } catch (FileAlreadyExistsException e) {
      throw new LxdValidationException(
          "certificate output file", e.getFile(), "already exists and is not overwritten");
    } catch (IOException e) {
      if (keyCreated) {
        deleteQuietly(keyFile);
      }
      throw new UncheckedIOException("cannot write " + certificateFile + " and " + keyFile, e);
    }
  }

  /** The certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The private key. */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The certificate's SHA-256 fingerprint as LXD shows it. */
  public String fingerprint() {
    return Fingerprints.sha256(certificate);
  }

  /** The certificate in PEM form. */
  public String certificatePem() {
    return pem(certificate);
  }

  @Override
  public String toString() {
    return "ClientCertificate["
        + certificate.getSubjectX500Principal().getName()
        + ", fingerprint="
        + fingerprint()
        + "]";
  }

  /**
   * The key in PEM form. EC keys are written as SEC1 with their curve and public key, as {@code
   * lxc} and {@code openssl ec} write them; the JDK's own encoding of an EC key omits the public
   * key.
   */
  private String privateKeyPem() {
    if (!privateKey.getAlgorithm().equals("EC")) {
      return pem(privateKey);
    }
    try {
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(privateKey.getEncoded());
      ECPrivateKey withoutPublic = ECPrivateKey.getInstance(info.parsePrivateKey());
      SubjectPublicKeyInfo publicInfo =
          SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
      int orderBits =
          ((java.security.interfaces.ECPrivateKey) privateKey).getParams().getOrder().bitLength();
      ECPrivateKey sec1 =
          new ECPrivateKey(
              orderBits,
              withoutPublic.getKey(),
              publicInfo.getPublicKeyData(),
              info.getPrivateKeyAlgorithm().getParameters());
      return pem(new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the EC key as SEC1", e);
    }
  }

  private static String pem(Object value) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      if (value instanceof PemObject object) {
        writer.writeObject(object);
      } else {
        writer.writeObject(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode PEM", e);
    }
    return text.toString();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The write already failed; that error is the one reported.
    }
  }

  /** Signs a test message with the key and verifies it with the certificate's public key. */
  private static void requireMatch(
      X509Certificate certificate, PrivateKey key, String what, String source) {
    PublicKey publicKey = certificate.getPublicKey();
    String algorithm =
        switch (key.getAlgorithm()) {
          case "EC" -> "SHA256withECDSA";
          case "RSA" -> "SHA256withRSA";
          case "Ed25519", "Ed448", "EdDSA" -> "EdDSA";
          default ->
              throw new LxdValidationException(
                  what,
                  source,
                  "uses key algorithm " + key.getAlgorithm() + "; supported are EC, RSA and EdDSA");
        };
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())
        && !(algorithm.equals("EdDSA") && publicKey.getAlgorithm().startsWith("Ed"))) {
      throw mismatch(what, source, certificate);
    }
    try {
      byte[] message = "lxd-java key check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(message);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(message);
      if (!verifier.verify(signature)) {
        throw mismatch(what, source, certificate);
      }
    } catch (GeneralSecurityException e) {
      throw mismatch(what, source, certificate);
    }
  }

  private static LxdValidationException mismatch(
      String what, String source, X509Certificate certificate) {
    return new LxdValidationException(
        what,
        source,
        "does not belong to the client certificate "
            + certificate.getSubjectX500Principal().getName()
            + " (fingerprint "
            + Fingerprints.sha256(certificate)
            + ")");
  }
}
