package dev.lxdjava.testkit.fake;

import dev.lxdjava.testkit.fake.internal.Daemon;
import dev.lxdjava.testkit.fake.internal.FaultPlan;
import dev.lxdjava.testkit.fake.internal.WebSockets;
import java.time.Duration;

/**
 * Faults to inject into a running fake LXD, to test how client code copes with a slow, failing or
 * restarting daemon. Every method takes effect at once and stays until {@link #clear()}, except
 * that {@link #failNext} counts down.
 */
public final class Faults {
  private final FaultPlan plan;
  private final WebSockets webSockets;
  private final Daemon daemon;

  Faults(FaultPlan plan, WebSockets webSockets, Daemon daemon) {
    this.plan = plan;
    this.webSockets = webSockets;
    this.daemon = daemon;
  }

  /** Delays every reply (and WebSocket upgrade) by {@code delay}. */
  public Faults latency(Duration delay) {
    plan.latency(delay);
    return this;
  }

  /**
   * Fails the next {@code count} requests whose method and path match with LXD's error envelope
   * carrying {@code errorCode} (also the HTTP status) and {@code message}. The request has no other
   * effect.
   *
   * @param method HTTP method, or {@code null} for any
   * @param pathPattern decoded path with {@code *} for one segment and {@code **} for any rest, for
   *     example {@code /1.0/instances/*}
   */
  public Faults failNext(
      int count, String method, String pathPattern, int errorCode, String message) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    plan.fail(count, method, RecordedRequests.glob(pathPattern), errorCode, message);
    return this;
  }

  /** Fails the next {@code count} requests to matching paths with a 500 error. */
  public Faults failNext(int count, String pathPattern) {
    return failNext(count, null, pathPattern, 500, "Injected failure");
  }

  /**
   * Makes every operation started from now on stay running for {@code delay} before it does its
   * work, so tests can observe running operations, time out waits and race state changes.
   */
  public Faults delayOperations(Duration delay) {
    daemon.delayOperations(delay);
    return this;
  }

  /**
   * Drops every open WebSocket (events, exec and console streams) without a close frame, as a
   * broken connection would. Exec processes keep running, as in LXD.
   */
  public void dropWebSockets() {
    webSockets.dropAll();
  }

  /** Removes latency, pending failures and the operation delay. */
  public Faults clear() {
    plan.clear();
    daemon.delayOperations(Duration.ZERO);
    return this;
  }
}
