package dev.lxdjava.server.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived, single-use tickets for opening WebSockets. Browsers cannot set an {@code
 * Authorization} header on a WebSocket, and a bearer token in a URL ends up in logs and histories;
 * a ticket in the URL is useless after its first use or {@link #LIFETIME}. A ticket stands for the
 * access token it was issued with, which is checked again when the ticket is redeemed, so a revoked
 * token or disabled user cannot redeem it.
 */
public final class WsTickets {
  /** How long a ticket can be redeemed. */
  public static final Duration LIFETIME = Duration.ofSeconds(30);

  /** Most tickets held at once; issuing more first drops expired ones, then fails. */
  static final int MAX_OUTSTANDING = 10_000;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Entry> tickets = new ConcurrentHashMap<>();
  private final Clock clock;

  public WsTickets(Clock clock) {
    this.clock = clock;
  }

  private record Entry(String accessToken, Instant expiresAt) {}

  /**
   * Issues a ticket for an access token.
   *
   * @throws IllegalStateException when {@link #MAX_OUTSTANDING} unexpired tickets exist
   */
  public String issue(String accessToken) {
    if (tickets.size() >= MAX_OUTSTANDING) {
      purgeExpired();
      if (tickets.size() >= MAX_OUTSTANDING) {
        throw new IllegalStateException("too many unused WebSocket tickets");
      }
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tickets.put(ticket, new Entry(accessToken, clock.instant().plus(LIFETIME)));
    return ticket;
  }

  /** Redeems a ticket once: the access token it stands for, or empty if unknown or expired. */
  public Optional<String> redeem(String ticket) {
    Entry entry = tickets.remove(ticket);
    if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(entry.accessToken());
  }

  private void purgeExpired() {
    Instant now = clock.instant();
    tickets.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
  }
}
