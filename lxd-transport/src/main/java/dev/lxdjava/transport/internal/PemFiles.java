package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads certificates and private keys from PEM files with Bouncy Castle's {@link PEMParser}. Keys
 * may be SEC1 ({@code EC PRIVATE KEY}, what {@code lxc} writes, with or without a leading {@code EC
 * PARAMETERS} block), PKCS#1 ({@code RSA PRIVATE KEY}) or unencrypted PKCS#8 ({@code PRIVATE KEY}).
 * The keys and certificates are converted to JDK types without registering Bouncy Castle as a JCA
 * provider, so TLS runs on the JDK's own implementation.
 */
public final class PemFiles {
  private PemFiles() {}

  /**
   * Reads every {@code CERTIFICATE} block of a file, in order.
   *
   * @param what what the file is, for messages, for example {@code client certificate}
   * @throws LxdValidationException if the file is missing, unreadable or contains no certificate
   */
  public static List<X509Certificate> readCertificates(String what, Path file) {
    return parseCertificates(what, file.toString(), read(what, file));
  }

  /** Reads the first {@code CERTIFICATE} block of a file; see {@link #readCertificates}. */
  public static X509Certificate readCertificate(String what, Path file) {
    return readCertificates(what, file).get(0);
  }

  /**
   * Parses every {@code CERTIFICATE} block of PEM text.
   *
   * @param source where the text comes from, for messages
   */
  public static List<X509Certificate> parseCertificates(String what, String source, String pem) {
    List<X509Certificate> certificates = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object item;
      while ((item = parser.readObject()) != null) {
        if (item instanceof X509CertificateHolder holder) {
          certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
        }
      }
    } catch (IOException | CertificateException | RuntimeException e) {
      throw invalid(what, source, "is not a readable PEM certificate (" + e.getMessage() + ")");
    }
    if (certificates.isEmpty()) {
      throw invalid(what, source, "contains no PEM block of type CERTIFICATE");
    }
    return certificates;
  }

  /**
   * Reads the private key of a file.
   *
   * @throws LxdValidationException if the file is missing or unreadable, the key is encrypted, or
   *     the file holds no private key in a supported format
   */
  public static PrivateKey readPrivateKey(String what, Path file) {
    return parsePrivateKey(what, file.toString(), read(what, file));
  }

  /** Parses the first private key of PEM text; see {@link #readPrivateKey}. */
  public static PrivateKey parsePrivateKey(String what, String source, String pem) {
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try (Reader reader = new StringReader(pem);
        PEMParser parser = new PEMParser(reader)) {
      Object item;
      while ((item = parser.readObject()) != null) {
        if (item instanceof PEMKeyPair pair) {
          // Only the private part: a SEC1 key may omit its public key.
          return converter.getPrivateKey(pair.getPrivateKeyInfo());
        }
        if (item instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
        if (item instanceof PEMEncryptedKeyPair || item instanceof PKCS8EncryptedPrivateKeyInfo) {
          throw invalid(
              what,
              source,
              "is encrypted with a passphrase, which is not supported: decrypt it with"
                  + " 'openssl pkey -in KEY -out KEY.plain'");
        }
        if (item instanceof ASN1ObjectIdentifier || item instanceof X9ECParameters) {
          continue; // the EC PARAMETERS block that 'openssl ecparam -genkey' writes first
        }
        throw invalid(
            what,
            source,
            "contains a PEM block of an unsupported type ("
                + item.getClass().getSimpleName()
                + "): expected EC PRIVATE KEY, RSA PRIVATE KEY or PRIVATE KEY");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof LxdValidationException validation) {
        throw validation;
      }
      throw invalid(what, source, "is not a readable PEM private key (" + e.getMessage() + ")");
    }
    throw invalid(
        what,
        source,
        "contains no private key: expected a PEM block EC PRIVATE KEY, RSA PRIVATE KEY or"
            + " PRIVATE KEY");
  }

  private static String read(String what, Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw invalid(what, file.toString(), "does not exist");
    } catch (CharacterCodingException e) {
      throw invalid(
          what,
          file.toString(),
          "is not PEM text; convert a binary DER file with 'openssl x509 -inform der' or"
              + " 'openssl pkey -inform der'");
    } catch (IOException e) {
      throw invalid(what, file.toString(), "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static LxdValidationException invalid(String what, String source, String rule) {
    return new LxdValidationException(what + " file", source, rule);
  }
}
