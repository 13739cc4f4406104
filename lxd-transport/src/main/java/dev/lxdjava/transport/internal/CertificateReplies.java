package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.certificate.Certificate;
import dev.lxdjava.core.certificate.CertificateType;
import java.util.ArrayList;
import java.util.List;

/** Maps the {@code metadata} of {@code /1.0/certificates} replies to records. */
final class CertificateReplies {
  private CertificateReplies() {}

  static Certificate certificate(JsonNode node) {
    JsonFields cert = JsonFields.of(node, "certificate");
    String fingerprint = cert.text("fingerprint");
    return new Certificate(
        fingerprint,
        cert.text("name"),
        type(cert.text("type"), fingerprint),
        cert.bool("restricted"),
        cert.textList("projects"),
        cert.text("certificate"));
  }

  static List<Certificate> certificates(JsonNode node) {
    if (!node.isArray()) {
      throw new LxdProtocolException(
          "certificate list: expected an array, got " + node.getNodeType());
    }
    List<Certificate> result = new ArrayList<>();
    node.forEach(item -> result.add(certificate(item)));
    return result;
  }

  private static CertificateType type(String wireName, String fingerprint) {
    try {
      return CertificateType.fromWireName(wireName);
    } catch (LxdValidationException e) {
      throw new LxdProtocolException(
          "certificate " + fingerprint + ": unknown type '" + wireName + "'");
    }
  }
}
