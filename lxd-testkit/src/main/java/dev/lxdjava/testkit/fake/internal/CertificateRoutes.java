package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /1.0/certificates}: the trust store, trust tokens (a cancellable "token" operation) and
 * enrolment of an untrusted TLS client by trust password or token, as in LXD 5.0.
 */
final class CertificateRoutes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Daemon daemon;

  /** Open tokens by secret. */
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  private record Token(String name, String secret, Operation operation) {}

  CertificateRoutes(Daemon daemon) {
    this.daemon = daemon;
  }

  void register(Router router) {
    router.get("certificates", (request, params) -> list(request));
    router.post("certificates", (request, params) -> create(request));
    router.get("certificates/{fingerprint}", (request, params) -> get(params.get("fingerprint")));
    router.put("certificates/{fingerprint}", (r, p) -> update(r, p.get("fingerprint")));
    router.patch("certificates/{fingerprint}", (r, p) -> update(r, p.get("fingerprint")));
    router.delete("certificates/{fingerprint}", (r, p) -> delete(r, p.get("fingerprint")));
  }

  private static ObjectNode view(TrustedCertificate certificate) {
    ObjectNode node = Json.object();
    node.put("name", certificate.name());
    node.put("type", certificate.type());
    node.put("restricted", certificate.restricted());
    node.set("projects", Json.strings(certificate.projects()));
    node.put("certificate", certificate.certificate());
    node.put("fingerprint", certificate.fingerprint());
    return node;
  }

  private TrustedCertificate find(String prefix) {
    List<TrustedCertificate> matches =
        daemon.certificates.values().stream()
            .filter(c -> c.fingerprint().startsWith(prefix))
            .toList();
    if (matches.size() != 1 || prefix.isEmpty()) {
      throw LxdError.notFound("Certificate not found");
    }
    return matches.get(0);
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      ArrayNode result = Json.array();
      for (TrustedCertificate certificate : daemon.certificates.values()) {
        if (request.recursion() == 0) {
          result.add("/1.0/certificates/" + certificate.fingerprint());
        } else {
          result.add(view(certificate));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(String fingerprint) {
    synchronized (daemon) {
      TrustedCertificate certificate = find(fingerprint);
      return ApiReply.tagged(view(certificate), certificate.etag());
    }
  }

  private ApiReply create(ApiRequest request) {
    JsonNode body = request.json();
    String type = Json.text(body, "type");
    if (!type.isEmpty() && !type.equals("client") && !type.equals("metrics")) {
      throw LxdError.badRequest("Unknown certificate type \"" + type + "\"");
    }
    if (!request.caller().trusted()) {
      return enrol(request, body);
    }
    if (Json.bool(body, "token")) {
      return token(request, body);
    }
    String encoded = Json.text(body, "certificate");
    X509Certificate certificate;
    if (!encoded.isEmpty()) {
      certificate = parse(encoded);
    } else if (request.caller().certificate() != null) {
      certificate = request.caller().certificate();
    } else {
      throw LxdError.badRequest("Can't use TLS data on non-TLS link");
    }
    return add(request, certificate, Json.text(body, "name"), type, body);
  }

  private ApiReply add(
      ApiRequest request, X509Certificate certificate, String name, String type, JsonNode body) {
    String fingerprint = Trust.fingerprint(certificate);
    synchronized (daemon) {
      if (daemon.certificates.containsKey(fingerprint)) {
        throw LxdError.conflict("Certificate already in trust store");
      }
      daemon.trust(name, certificate);
      TrustedCertificate added = daemon.certificates.get(fingerprint);
      daemon.certificates.put(
          fingerprint,
          new TrustedCertificate(
              name,
              fingerprint,
              type.isEmpty() ? "client" : type,
              added.certificate(),
              Json.bool(body, "restricted"),
              Json.textList(body, "projects")));
      daemon.events.lifecycle(
          "default",
          "certificate-created",
          "/1.0/certificates/" + fingerprint,
          null,
          request.caller());
    }
    return ApiReply.created("/1.0/certificates/" + fingerprint);
  }

  private static X509Certificate parse(String encoded) {
    String text = encoded.strip();
    byte[] der;
    try {
      if (text.startsWith("-----BEGIN")) {
        return read(text.getBytes(StandardCharsets.US_ASCII));
      }
      der = Base64.getMimeDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw LxdError.badRequest("invalid certificate material");
    }
    return read(der);
  }

  private static X509Certificate read(byte[] bytes) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(bytes));
    } catch (CertificateException e) {
      throw LxdError.badRequest("invalid certificate material: " + e.getMessage());
    }
  }

  private ApiReply token(ApiRequest request, JsonNode body) {
    if (daemon.httpsAddress.isEmpty()) {
      throw LxdError.badRequest("Can't issue token when server isn't listening on network");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = HexFormat.of().formatHex(bytes);
    String name = Json.text(body, "name");
    ObjectNode metadata = Json.object();
    ObjectNode requestCopy = metadata.putObject("request");
    requestCopy.put("name", name);
    requestCopy.put("type", "client");
    requestCopy.put("restricted", Json.bool(body, "restricted"));
    requestCopy.set("projects", Json.strings(Json.textList(body, "projects")));
    requestCopy.put("certificate", "");
    requestCopy.put("password", "");
    requestCopy.put("token", true);
    metadata.put("secret", secret);
    metadata.put("fingerprint", daemon.certificateFingerprint);
    metadata.set("addresses", Json.strings(List.of(daemon.httpsAddress)));
    Operation operation =
        daemon.operations.open("default", "token", "Certificate add token", null, metadata, true);
    tokens.put(secret, new Token(name, secret, operation));
    operation.onCancel(() -> tokens.remove(secret));
    return ApiReply.async(operation);
  }

  private ApiReply enrol(ApiRequest request, JsonNode body) {
    X509Certificate certificate = request.caller().certificate();
    if (certificate == null) {
      throw LxdError.forbidden("not authorized");
    }
    String secret = Json.text(body, "trust_token");
    if (secret.isEmpty()) {
      secret = Json.text(body, "password");
    }
    String password;
    synchronized (daemon) {
      password = daemon.trustPassword;
    }
    String name = Json.text(body, "name");
    if (!password.isEmpty() && secret.equals(password)) {
      return add(request, certificate, name, "client", body);
    }
    Token token = tokens.get(tokenSecret(secret));
    if (token == null) {
      throw LxdError.forbidden("not authorized");
    }
    tokens.remove(token.secret);
    ApiReply reply = add(request, certificate, name.isEmpty() ? token.name : name, "client", body);
    daemon.operations.complete(token.operation, Operation.SUCCESS, "");
    return reply;
  }

  /** The secret in a token, or the text itself when it is not a token. */
  private static String tokenSecret(String text) {
    try {
      JsonNode token = Json.parse(Base64.getDecoder().decode(text.strip()));
      return token.path("secret").asText(text);
    } catch (IllegalArgumentException | LxdError notToken) {
      return text;
    }
  }

  private ApiReply update(ApiRequest request, String fingerprint) {
    JsonNode body = request.json();
    synchronized (daemon) {
      TrustedCertificate current = find(fingerprint);
      Etags.check(request, current.etag());
      boolean merge = request.method().equals("PATCH");
      TrustedCertificate updated =
          new TrustedCertificate(
              !merge || body.has("name") ? Json.text(body, "name") : current.name(),
              current.fingerprint(),
              !merge || body.has("type")
                  ? orDefault(Json.text(body, "type"), "client")
                  : current.type(),
              current.certificate(),
              !merge || body.has("restricted")
                  ? Json.bool(body, "restricted")
                  : current.restricted(),
              !merge || body.has("projects")
                  ? Json.textList(body, "projects")
                  : current.projects());
      daemon.certificates.put(current.fingerprint(), updated);
      daemon.events.lifecycle(
          "default",
          "certificate-updated",
          "/1.0/certificates/" + current.fingerprint(),
          null,
          request.caller());
    }
    return ApiReply.empty();
  }

  private static String orDefault(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }

  private ApiReply delete(ApiRequest request, String fingerprint) {
    synchronized (daemon) {
      TrustedCertificate current = find(fingerprint);
      daemon.certificates.remove(current.fingerprint());
      daemon.events.lifecycle(
          "default",
          "certificate-deleted",
          "/1.0/certificates/" + current.fingerprint(),
          null,
          request.caller());
    }
    return ApiReply.empty();
  }
}
