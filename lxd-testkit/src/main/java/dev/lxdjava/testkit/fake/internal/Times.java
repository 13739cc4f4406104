package dev.lxdjava.testkit.fake.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Time stamps in the forms LXD 5.0 writes them. */
final class Times {
  /** Go's zero time, which LXD writes for "never" in most places. */
  static final String ZERO = "0001-01-01T00:00:00Z";

  /** The Unix epoch, which LXD writes as {@code last_used_at} of an instance never started. */
  static final String EPOCH = "1970-01-01T00:00:00Z";

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Times() {}

  /** RFC 3339 with the fraction LXD keeps, for example {@code 2026-12-04T20:14:35.2428Z}. */
  static String format(Instant instant) {
    return instant == null ? ZERO : instant.toString();
  }

  /** RFC 3339 without a fraction, as LXD writes backup and image creation times. */
  static String seconds(Instant instant) {
    return instant == null
        ? ZERO
        : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /** The HTTP date form of {@code Last-Modified}. */
  static String http(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  /** The form of {@code X-LXD-modified}: {@code 2026-12-04 20:26:38 +0000 UTC}. */
  static String lxdModified(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }

  /** Parses an RFC 3339 time from a request; empty or zero means none. */
  static Instant parse(String value) {
    if (value == null || value.isEmpty() || value.startsWith("0001-01-01")) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw LxdError.badRequest("parsing time \"" + value + "\": invalid time format");
    }
  }
}
