package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WsTicketsTest {
  /** A clock that a test moves forward. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final WsTickets tickets = new WsTickets(clock);

  @Test
  void ticketRedeemsToItsToken() {
    String ticket = tickets.issue("token-1");

    assertThat(tickets.redeem(ticket)).contains("token-1");
  }

  @Test
  void ticketRedeemsOnlyOnce() {
    String ticket = tickets.issue("token-1");
    tickets.redeem(ticket);

    assertThat(tickets.redeem(ticket)).isEmpty();
  }

  @Test
  void expiredTicketIsRefused() {
    String ticket = tickets.issue("token-1");
    clock.now = clock.now.plus(WsTickets.LIFETIME);

    assertThat(tickets.redeem(ticket)).isEmpty();
  }

  @Test
  void unknownTicketIsRefused() {
    assertThat(tickets.redeem("made-up")).isEmpty();
  }

  @Test
  void ticketsAreUrlSafeAndDistinct() {
    String first = tickets.issue("token-1");
    String second = tickets.issue("token-1");

    assertThat(first).matches("[A-Za-z0-9_-]{43}");
    assertThat(first).isNotEqualTo(second);
  }
}
