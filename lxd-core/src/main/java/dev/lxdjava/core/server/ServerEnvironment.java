package dev.lxdjava.core.server;

import java.util.List;

/**
 * Host and daemon facts from the {@code environment} part of {@code GET /1.0}.
 *
 * @param server daemon kind: {@code lxd} or {@code incus}
 * @param serverName host or cluster member name
 * @param serverVersion daemon version, for example {@code 5.0.2}
 * @param serverClustered whether the daemon is part of a cluster
 * @param kernel kernel name, for example {@code Linux}
 * @param kernelVersion kernel release
 * @param architectures architectures the host can run
 * @param storage storage drivers in use, comma separated
 * @param driver instance drivers, for example {@code lxc | qemu}
 * @param certificate the daemon's TLS certificate in PEM form, empty if not shown
 * @param certificateFingerprint SHA-256 fingerprint of that certificate, hex
 */
public record ServerEnvironment(
    String server,
    String serverName,
    String serverVersion,
    boolean serverClustered,
    String kernel,
    String kernelVersion,
    List<String> architectures,
    String storage,
    String driver,
    String certificate,
    String certificateFingerprint) {

  public ServerEnvironment {
    architectures = architectures == null ? List.of() : List.copyOf(architectures);
  }

  /** An environment with every field empty, as untrusted clients see it. */
  public static ServerEnvironment empty() {
    return new ServerEnvironment("", "", "", false, "", "", List.of(), "", "", "", "");
  }
}
