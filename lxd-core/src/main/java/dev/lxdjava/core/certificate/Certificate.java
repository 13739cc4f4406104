package dev.lxdjava.core.certificate;

import java.util.List;

/**
 * A certificate in LXD's trust store ({@code /1.0/certificates/{fingerprint}}).
 *
 * @param fingerprint SHA-256 fingerprint, 64 lower-case hex digits
 * @param name name shown in {@code lxc config trust list}
 * @param type what the certificate may do
 * @param restricted whether access is limited to {@link #projects()} (API extension {@code
 *     certificate_project})
 * @param projects projects a restricted certificate may use
 * @param certificate the certificate in PEM form
 */
public record Certificate(
    String fingerprint,
    String name,
    CertificateType type,
    boolean restricted,
    List<String> projects,
    String certificate) {

  public Certificate {
    projects = projects == null ? List.of() : List.copyOf(projects);
    name = name == null ? "" : name;
    certificate = certificate == null ? "" : certificate;
  }
}
