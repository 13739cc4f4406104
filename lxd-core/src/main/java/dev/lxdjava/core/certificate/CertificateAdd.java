package dev.lxdjava.core.certificate;

import java.util.List;

/**
 * A certificate to add to LXD's trust store, or the grant a trust token carries.
 *
 * @param name name shown in {@code lxc config trust list}; LXD uses the certificate's common name
 *     when it is empty
 * @param type what the certificate may do
 * @param restricted whether access is limited to {@code projects} (API extension {@code
 *     certificate_project})
 * @param projects projects a restricted certificate may use
 */
public record CertificateAdd(
    String name, CertificateType type, boolean restricted, List<String> projects) {

  public CertificateAdd {
    name = name == null ? "" : name;
    type = type == null ? CertificateType.CLIENT : type;
    projects = projects == null ? List.of() : List.copyOf(projects);
  }

  /** An unrestricted client named {@code name}. */
  public static CertificateAdd client(String name) {
    return new CertificateAdd(name, CertificateType.CLIENT, false, List.of());
  }

  /** The same grant restricted to the given projects. */
  public CertificateAdd restrictedTo(List<String> allowedProjects) {
    return new CertificateAdd(name, type, true, allowedProjects);
  }
}
