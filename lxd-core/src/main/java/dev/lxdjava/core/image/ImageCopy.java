package dev.lxdjava.core.image;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request to copy an image from a remote image server into the local store ({@code POST
 * /1.0/images} with {@code source: {type: image, mode: pull}}). Build it with {@link
 * #builder(String, String)}.
 *
 * @param server image server URL, {@code https://} or {@code http://}
 * @param protocol {@code lxd} or {@code simplestreams}
 * @param alias alias on the server, or empty; may contain {@code /} such as {@code debian/12},
 *     because it travels in the request body, not in a path
 * @param fingerprint fingerprint on the server, or empty; exactly one of alias and fingerprint is
 *     set
 * @param certificate the server's certificate in PEM form, so LXD trusts a self-signed server; or
 *     empty
 * @param secret a download secret for a private image on an LXD server, or empty
 * @param sourceProject project of the image on an LXD server, or empty for its {@code default} (API
 *     extension {@code image_source_project})
 * @param aliases local aliases to create for the copy (API extension {@code image_create_aliases})
 * @param isPublic whether the copy is public
 * @param autoUpdate whether LXD refreshes the copy from the server
 */
public record ImageCopy(
    String server,
    String protocol,
    String alias,
    String fingerprint,
    String certificate,
    String secret,
    String sourceProject,
    List<String> aliases,
    boolean isPublic,
    boolean autoUpdate) {

  public ImageCopy {
    checkServer(server);
    if (!"lxd".equals(protocol) && !"simplestreams".equals(protocol)) {
      throw new LxdValidationException(
          "image protocol", String.valueOf(protocol), "must be 'lxd' or 'simplestreams'");
    }
    alias = alias == null ? "" : alias;
    fingerprint = fingerprint == null ? "" : fingerprint;
    if (alias.isEmpty() == fingerprint.isEmpty()) {
      throw new LxdValidationException(
          "image source", alias + fingerprint, "give exactly one of alias or fingerprint");
    }
    if (!fingerprint.isEmpty()) {
      Names.imageFingerprint(fingerprint);
    }
    for (int i = 0; i < alias.length(); i++) {
      if (alias.charAt(i) < 0x20) {
        throw new LxdValidationException(
            "remote image alias", alias, "must not contain control characters");
      }
    }
    certificate = certificate == null ? "" : certificate;
    secret = secret == null ? "" : secret;
    sourceProject = sourceProject == null ? "" : sourceProject;
    if (!sourceProject.isEmpty()) {
      Names.project(sourceProject);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    aliases.forEach(Names::imageAlias);
  }

  private static void checkServer(String server) {
    String rule = "must be an absolute https:// or http:// URL";
    if (server == null) {
      throw new LxdValidationException("image server", "null", rule);
    }
    try {
      URI uri = new URI(server);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web || uri.getHost() == null) {
        throw new LxdValidationException("image server", server, rule);
      }
    } catch (URISyntaxException e) {
      throw new LxdValidationException("image server", server, rule);
    }
  }

  /**
   * Starts a builder for a copy from {@code server}.
   *
   * @param protocol {@code lxd} or {@code simplestreams}
   */
  public static Builder builder(String server, String protocol) {
    return new Builder(server, protocol);
  }

  /** Collects the optional parts of an {@link ImageCopy}. */
  public static final class Builder {
    private final String server;
    private final String protocol;
    private String alias = "";
    private String fingerprint = "";
    private String certificate = "";
    private String secret = "";
    private String sourceProject = "";
    private final List<String> aliases = new ArrayList<>();
    private boolean isPublic;
    private boolean autoUpdate;

    private Builder(String server, String protocol) {
      this.server = server;
      this.protocol = protocol;
    }

    /** Selects the image by its alias on the server. */
    public Builder alias(String value) {
      this.alias = value;
      return this;
    }

    /** Selects the image by its fingerprint on the server. */
    public Builder fingerprint(String value) {
      this.fingerprint = value;
      return this;
    }

    /** Sets the server's certificate in PEM form. */
    public Builder certificate(String pem) {
      this.certificate = pem;
      return this;
    }

    /** Sets the download secret for a private image. */
    public Builder secret(String value) {
      this.secret = value;
      return this;
    }

    /** Selects the project of the image on an LXD server. */
    public Builder sourceProject(String value) {
      this.sourceProject = value;
      return this;
    }

    /** Adds a local alias for the copy. */
    public Builder localAlias(String name) {
      this.aliases.add(name);
      return this;
    }

    /** Makes the copy public. */
    public Builder isPublic(boolean value) {
      this.isPublic = value;
      return this;
    }

    /** Lets LXD refresh the copy from the server. */
    public Builder autoUpdate(boolean value) {
      this.autoUpdate = value;
      return this;
    }

    /** Checks and returns the request. */
    public ImageCopy build() {
      return new ImageCopy(
          server,
          protocol,
          alias,
          fingerprint,
          certificate,
          secret,
          sourceProject,
          aliases,
          isPublic,
          autoUpdate);
    }
  }
}
