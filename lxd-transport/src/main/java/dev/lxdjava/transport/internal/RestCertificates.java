package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.certificate.Certificate;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.certificate.Certificates;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.transport.tls.Fingerprints;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@link Certificates} over {@code /1.0/certificates}. The trust store belongs to the server, not
 * to a project, so no request carries {@code project=}.
 */
final class RestCertificates implements Certificates {
  /** API extension after which LXD takes the token in its own field. */
  static final String EXPLICIT_TRUST_TOKEN = "explicit_trust_token";

  private final RestClient rest;

  RestCertificates(RestClient rest) {
    this.rest = rest;
  }

  private static LxdPath path(String fingerprint) {
    return LxdPath.of("certificates", Names.segment("certificate fingerprint", fingerprint));
  }

  @Override
  public List<Certificate> list() {
    LxdPath path = LxdPath.of("certificates").query("recursion", "1");
    return CertificateReplies.certificates(rest.get(path).metadata());
  }

  @Override
  public Certificate get(String fingerprint) {
    return CertificateReplies.certificate(rest.get(path(fingerprint)).metadata());
  }

  @Override
  public Optional<Certificate> find(String fingerprint) {
    try {
      return Optional.of(get(fingerprint));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public String add(String certificatePem, CertificateAdd grant) {
    X509Certificate certificate =
        PemFiles.parseCertificates("certificate", "(PEM text)", certificatePem).get(0);
    ObjectNode body = grantBody(grant);
    // POST takes the DER bytes in base64, not the PEM text that GET returns.
    body.put("certificate", Base64.getEncoder().encodeToString(der(certificate)));
    rest.send("POST", LxdPath.of("certificates"), body);
    return Fingerprints.sha256(certificate);
  }

  @Override
  public void delete(String fingerprint) {
    rest.send("DELETE", path(fingerprint), null);
  }

  @Override
  public TrustToken createToken(CertificateAdd grant) {
    ObjectNode body = grantBody(grant);
    body.put("token", true);
    LxdResponse response = rest.send("POST", LxdPath.of("certificates"), body);
    Operation operation = RestOperations.fromAsync(rest, Scope.DEFAULT, response).initial();
    return TrustTokenCodec.fromOperation(operation);
  }

  @Override
  public void revokeToken(TrustToken token) {
    RestOperations operations = new RestOperations(rest, Scope.DEFAULT);
    String id = token.operationId();
    if (id.isEmpty()) {
      id =
          operations.list().stream()
              .filter(op -> op.status() == OperationStatus.RUNNING)
              .filter(op -> token.secret().equals(op.metadata().get("secret")))
              .map(Operation::id)
              .findFirst()
              .orElseThrow(
                  () ->
                      new LxdNotFoundException(
                          "no pending token for client " + token.clientName(),
                          "GET",
                          "/1.0/operations?recursion=1"));
    }
    operations.cancel(id);
  }

  @Override
  public void enrolWithToken(String token) {
    requireClientCertificate();
    TrustToken decoded = TrustTokenCodec.decode(token);
    ObjectNode body = JsonFields.newObject();
    body.put("type", "client");
    // LXD 5.0 takes the token in the password field and distinguishes it from a trust password by
    // decoding it.
    // Daemons with explicit_trust_token reject any password and read trust_token instead.
    boolean explicit = new RestServer(rest).info().hasExtension(EXPLICIT_TRUST_TOKEN);
    body.put(explicit ? "trust_token" : "password", decoded.value());
    rest.send("POST", LxdPath.of("certificates"), body);
  }

  @Override
  public void enrolWithPassword(String name, String password) {
    requireClientCertificate();
    if (password == null || password.isEmpty()) {
      throw new LxdValidationException("trust password", "(empty)", "must not be empty");
    }
    ObjectNode body = JsonFields.newObject();
    body.put("type", "client");
    body.put("name", name == null ? "" : name);
    body.put("password", password);
    rest.send("POST", LxdPath.of("certificates"), body);
  }

  private void requireClientCertificate() {
    if (!(rest.connection() instanceof MutualTlsConnection tls) || !tls.hasClientCertificate()) {
      throw new LxdValidationException(
          "client certificate",
          "none",
          "enrolment sends the connection's client certificate, but "
              + rest.connection().describe()
              + " presents none: connect with LxdClient.builder().remote(...)"
              + ".clientCertificate(...)");
    }
  }

  private ObjectNode grantBody(CertificateAdd grant) {
    ObjectNode body = JsonFields.newObject();
    body.put("type", grant.type().wireName());
    body.put("name", grant.name());
    body.put("restricted", grant.restricted());
    body.set("projects", rest.json().valueToTree(grant.projects()));
    return body;
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new LxdValidationException(
          "certificate", certificate.getSubjectX500Principal().getName(), "cannot be DER-encoded");
    }
  }
}
