package dev.lxdjava.server.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies LXD 5.0 error messages whose {@code error_code} hides a client error. LXD reports a
 * state conflict (starting a running instance, creating a name that exists) as 400 or as a failed
 * operation. It reports an unknown object named in a request body (a profile, network or pool), an
 * invalid config value, filter or upload, and a busy instance as 500.
 */
final class LxdMessages {
  private static final Pattern STATE_CONFLICT =
      Pattern.compile(
          "already (running|stopped|frozen|exists|in use)"
              + "|is not (running|frozen)"
              + "|(instance|container) is running"
              + "|by that name already exists"
              + "|is currently in use"
              + "|is busy running"
              + "|directory not empty");

  private static final Pattern MISSING_REFERENCE =
      Pattern.compile("not found|doesn't exist|does not exist|no such object");

  private static final Pattern INVALID_INPUT =
      Pattern.compile(
          "^invalid (filter|config)\\b"
              + "|invalid value for"
              + "|invalid cidr address"
              + "|^unsupported compression");

  private LxdMessages() {}

  /**
   * Tells whether the message reports a state or an existing name that the request conflicts with.
   */
  static boolean isStateConflict(String message) {
    return STATE_CONFLICT.matcher(message.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Tells whether a 500 message reports an invalid value in the request, such as {@code Invalid
   * config: Invalid value: lots}, or {@code Unsupported compression} for an upload that is no
   * tarball.
   */
  static boolean isInvalidInput(String message) {
    return INVALID_INPUT.matcher(message.toLowerCase(Locale.ROOT).strip()).find();
  }

  /** Tells whether a 500 message reports that an object the request refers to does not exist. */
  static boolean isMissingReference(String message) {
    return MISSING_REFERENCE.matcher(message.toLowerCase(Locale.ROOT).strip()).find();
  }
}
