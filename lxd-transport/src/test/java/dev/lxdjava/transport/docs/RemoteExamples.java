package dev.lxdjava.transport.docs;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.transport.LxdClient;
import dev.lxdjava.transport.TrustTokens;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.net.URI;
import java.nio.file.Path;

/**
 * The code of {@code docs/remote.md}. Each region between {@code tag::NAME[]} and {@code
 * end::NAME[]} appears in that document verbatim ({@code RemoteDocTest} checks it), and {@code
 * RemoteExamplesIT} runs the methods against the local daemon.
 */
public final class RemoteExamples {
  private RemoteExamples() {}

  /** Generates a client certificate and writes it to {@code folder}. */
  public static void generate(Path folder) {
    // tag::generate[]
    ClientCertificate certificate = ClientCertificate.generate("ci-runner@build1");
    certificate.writePem(folder.resolve("client.crt"), folder.resolve("client.key"));
    // end::generate[]
  }

  /** Creates a trust token on a connection LXD already trusts, such as its unix socket. */
  public static String createToken(Lxd admin, String clientName) {
    // tag::token[]
    TrustToken token = admin.certificates().createToken(CertificateAdd.client(clientName));
    String tokenText = token.value(); // hand this to the new client
    // end::token[]
    return tokenText;
  }

  /** Enrols the client certificate in {@code folder} with a token and prints LXD's verdict. */
  public static void enrol(Path folder, String tokenText) {
    // tag::enrol[]
    TrustToken token = TrustTokens.decode(tokenText);
    try (Lxd lxd =
        LxdClient.builder()
            .remote(URI.create("https://" + token.addresses().get(0)))
            .serverFingerprint(token.serverFingerprint())
            .clientCertificate(folder.resolve("client.crt"), folder.resolve("client.key"))
            .build()) {
      lxd.certificates().enrolWithToken(tokenText);
      System.out.println(lxd.server().info().auth()); // trusted
    }
    // end::enrol[]
  }

  /** Lists instances over HTTPS with the server certificate pinned by its PEM file. */
  public static void listInstances(Path folder, URI url, Path serverCertificate) {
    // tag::connect[]
    try (Lxd lxd =
        LxdClient.builder()
            .remote(url) // https://host:8443
            .clientCertificate(folder.resolve("client.crt"), folder.resolve("client.key"))
            .serverCertificate(serverCertificate) // LXD's server.crt, copied from the host
            .build()) {
      for (Instance instance : lxd.instances().list()) {
        System.out.println(instance.name() + " " + instance.status());
      }
    }
    // end::connect[]
  }
}
