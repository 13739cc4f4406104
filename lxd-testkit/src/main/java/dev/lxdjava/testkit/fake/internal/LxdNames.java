package dev.lxdjava.testkit.fake.internal;

import java.util.Set;

/** LXD 5.0's name rules and the messages it rejects names with. */
final class LxdNames {
  private LxdNames() {}

  /** Checks an instance name as a host name label, the rule LXD 5.0 applies. */
  static void instance(String name) {
    String problem = hostname(name);
    if (problem != null) {
      throw LxdError.badRequest("Invalid instance name: " + problem);
    }
  }

  /** Why a name is no valid host name label, or {@code null} when it is one. */
  static String hostname(String name) {
    if (name.isEmpty() || name.length() > 63) {
      return "Name must be 1-63 characters long";
    }
    if (name.startsWith("-")) {
      return "Name must not start with \"-\" character";
    }
    if (Character.isDigit(name.charAt(0))) {
      return "Name must not start with a number";
    }
    if (name.endsWith("-")) {
      return "Name must not end with \"-\" character";
    }
    if (!name.matches("[-a-zA-Z0-9]*")) {
      return "Name can only contain alphanumeric and hyphen characters";
    }
    return null;
  }

  static void snapshot(String name) {
    if (name.contains("/")) {
      throw LxdError.badRequest("Invalid snapshot name: Cannot contain \"/\"");
    }
    if (name.equals("..") || name.equals(".")) {
      throw LxdError.badRequest("Invalid snapshot name: Cannot be \".\" or \"..\"");
    }
  }

  static void backup(String name) {
    if (name.contains("/")) {
      throw LxdError.badRequest("Backup names may not contain slashes");
    }
  }

  static void project(String name) {
    if (name.isEmpty()) {
      throw LxdError.badRequest("No name provided");
    }
    if (name.contains("/")) {
      throw LxdError.badRequest("Project names may not contain slashes");
    }
    if (name.contains(" ")) {
      throw LxdError.badRequest("Project names may not contain spaces");
    }
    if (name.contains("_")) {
      throw LxdError.badRequest("Project names may not contain underscores");
    }
    if (name.contains("'") || name.contains("\"")) {
      throw LxdError.badRequest("Project names may not contain quotes");
    }
    if (Set.of("*", "..", ".").contains(name)) {
      throw LxdError.badRequest("Reserved project name");
    }
  }

  static void profile(String name) {
    if (name.isEmpty()) {
      throw LxdError.badRequest("No name provided");
    }
    if (name.contains("/")) {
      throw LxdError.badRequest("Profile names may not contain slashes");
    }
    if (Set.of("..", ".").contains(name)) {
      throw LxdError.badRequest("Invalid profile name \"" + name + "\"");
    }
  }

  static void volume(String name) {
    if (name.isEmpty()) {
      throw LxdError.badRequest("No name provided");
    }
    if (name.contains("/")) {
      throw LxdError.badRequest("Storage volume names may not contain slashes");
    }
    if (Set.of("..", ".").contains(name)) {
      throw LxdError.badRequest("Invalid storage volume name \"" + name + "\"");
    }
  }

  static void pool(String name) {
    if (name.isEmpty()) {
      throw LxdError.badRequest("No name provided");
    }
    if (name.contains("/")) {
      throw LxdError.badRequest("Storage pool names may not contain slashes");
    }
  }

  /** Network names are interface names: at most 15 characters, no slash or blank. */
  static void network(String name) {
    if (name.isEmpty()) {
      throw LxdError.badRequest("No name provided");
    }
    if (name.length() > 15) {
      throw LxdError.badRequest("Network interface is too long (maximum 15 characters)");
    }
    if (name.equals(".") || name.equals("..") || !name.matches("[^/\\s:]+")) {
      throw LxdError.badRequest("Network interface contains invalid characters");
    }
  }
}
