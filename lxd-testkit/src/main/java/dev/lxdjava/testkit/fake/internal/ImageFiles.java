package dev.lxdjava.testkit.fake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the busybox-like image the fake starts with, and reads unified image tarballs ({@code
 * metadata.yaml} plus {@code rootfs/}) that clients upload.
 */
final class ImageFiles {
  /** Alias of the built-in image, the same as {@code scripts/lxd-setup.sh} imports. */
  static final String BUSYBOX_ALIAS = "lxdjava-busybox";

  /** Applets that get a symbolic link to {@code /bin/busybox}, as in the real test image. */
  private static final List<String> APPLETS =
      List.of(
          "bin/sh",
          "bin/cat",
          "bin/echo",
          "bin/ls",
          "bin/sleep",
          "bin/stty",
          "bin/md5sum",
          "bin/printf",
          "bin/true",
          "bin/false",
          "bin/mkdir",
          "bin/rm",
          "bin/ps",
          "bin/kill",
          "usr/bin/env",
          "usr/bin/head",
          "usr/bin/wc",
          "usr/bin/yes",
          "usr/bin/id");

  private static volatile Image busybox;

  private ImageFiles() {}

  /**
   * A new copy of the busybox-like image. The tarball is built and read once per JVM; every daemon
   * gets its own copy, so changes to one daemon's image stay there.
   */
  static Image busybox() {
    Image template = busybox;
    if (template == null) {
      template = read(busyboxTarball(), "image.tar.gz", Map.of());
      busybox = template;
    }
    return template.copy();
  }

  /** The tarball of the busybox-like image; equal on every call, so its fingerprint is stable. */
  static byte[] busyboxTarball() {
    List<Tarball.Entry> entries = new ArrayList<>();
    String metadata =
        "architecture: x86_64\n"
            + "creation_date: 1764877785\n"
            + "properties:\n"
            + "  os: busybox\n"
            + "  release: static\n"
            + "  description: busybox (static) test image\n"
            + "templates: {}\n";
    entries.add(file("metadata.yaml", 0644, metadata));
    for (String dir :
        List.of(
            "rootfs",
            "rootfs/bin",
            "rootfs/sbin",
            "rootfs/usr",
            "rootfs/usr/bin",
            "rootfs/usr/sbin",
            "rootfs/etc",
            "rootfs/proc",
            "rootfs/sys",
            "rootfs/dev",
            "rootfs/root",
            "rootfs/run",
            "rootfs/var",
            "rootfs/var/log",
            "rootfs/home")) {
      entries.add(new Tarball.Entry(dir, "directory", 0755, 0, 0, new byte[0]));
    }
    entries.add(new Tarball.Entry("rootfs/tmp", "directory", 01777, 0, 0, new byte[0]));
    entries.add(new Tarball.Entry("rootfs/home/user", "directory", 0755, 1000, 1000, new byte[0]));
    entries.add(
        file("rootfs/bin/busybox", 0755, "fake busybox: the fake LXD runs commands itself\n"));
    for (String applet : APPLETS) {
      entries.add(link("rootfs/" + applet, "/bin/busybox"));
    }
    entries.add(link("rootfs/sbin/init", "/bin/busybox"));
    entries.add(
        file(
            "rootfs/etc/inittab",
            0644,
            "::sysinit:/bin/mount -t tmpfs tmpfs /run\n::respawn:/bin/sleep 2147483647\n"));
    entries.add(
        file(
            "rootfs/etc/passwd",
            0644,
            "root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/home/user:/bin/sh\n"));
    entries.add(file("rootfs/etc/group", 0644, "root:x:0:\nuser:x:1000:\n"));
    return Tarball.write(entries);
  }

  private static Tarball.Entry file(String path, int mode, String content) {
    return new Tarball.Entry(path, "file", mode, 0, 0, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Tarball.Entry link(String path, String target) {
    return new Tarball.Entry(path, "symlink", 0777, 0, 0, target.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /**
   * Reads a unified image tarball into an image.
   *
   * @throws LxdError 400 when it has no {@code metadata.yaml}
   */
  static Image read(byte[] tarball, String filename, Map<String, String> extraProperties) {
    String metadata = null;
    FileTree rootfs = new FileTree();
    for (Tarball.Entry entry : Tarball.read(tarball)) {
      if (entry.path().equals("metadata.yaml")) {
        metadata = new String(entry.content(), StandardCharsets.UTF_8);
      } else if (entry.path().startsWith("rootfs/")) {
        put(rootfs, entry.path().substring("rootfs".length()), entry);
      }
    }
    return build(sha256(tarball), filename, tarball, metadata, rootfs, extraProperties);
  }

  /**
   * Reads a split image: a metadata tarball and a root file system tarball whose entries have no
   * {@code rootfs/} prefix. As in LXD, the fingerprint is the SHA-256 of both files in that order.
   *
   * @throws LxdError 400 when the metadata has no {@code metadata.yaml}
   */
  static Image readSplit(
      byte[] metadataTarball,
      byte[] rootfsTarball,
      String filename,
      Map<String, String> extraProperties) {
    String metadata = null;
    for (Tarball.Entry entry : Tarball.read(metadataTarball)) {
      if (entry.path().equals("metadata.yaml")) {
        metadata = new String(entry.content(), StandardCharsets.UTF_8);
      }
    }
    FileTree rootfs = new FileTree();
    for (Tarball.Entry entry : Tarball.read(rootfsTarball)) {
      if (!entry.path().isEmpty() && !entry.path().equals(".")) {
        put(rootfs, "/" + entry.path(), entry);
      }
    }
    byte[] both = new byte[metadataTarball.length + rootfsTarball.length];
    System.arraycopy(metadataTarball, 0, both, 0, metadataTarball.length);
    System.arraycopy(rootfsTarball, 0, both, metadataTarball.length, rootfsTarball.length);
    Image image = build(sha256(both), filename, metadataTarball, metadata, rootfs, extraProperties);
    image.rootfsContent = rootfsTarball;
    return image;
  }

  private static void put(FileTree rootfs, String path, Tarball.Entry entry) {
    rootfs.putWithParents(
        path,
        new FileTree.Node(
            entry.type(), entry.mode() & 07777, entry.uid(), entry.gid(), entry.content()));
  }

  private static Image build(
      String fingerprint,
      String filename,
      byte[] content,
      String metadata,
      FileTree rootfs,
      Map<String, String> extraProperties) {
    if (metadata == null) {
      throw LxdError.badRequest("Metadata tarball is missing metadata.yaml");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    String architecture = "x86_64";
    long created = Instant.now().getEpochSecond();
    boolean inProperties = false;
    for (String line : metadata.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      boolean indented = line.startsWith(" ");
      String[] pair = line.strip().split(":", 2);
      String key = pair[0].strip();
      String value = pair.length > 1 ? unquote(pair[1].strip()) : "";
      if (!indented) {
        inProperties = key.equals("properties");
        if (key.equals("architecture")) {
          architecture = value;
        } else if (key.equals("creation_date") && value.matches("[0-9]+")) {
          created = Long.parseLong(value);
        }
      } else if (inProperties) {
        properties.put(key, value);
      }
    }
    properties.putAll(extraProperties);
    return new Image(
        fingerprint,
        filename,
        content,
        architecture,
        "container",
        Instant.ofEpochSecond(created),
        properties,
        rootfs);
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
