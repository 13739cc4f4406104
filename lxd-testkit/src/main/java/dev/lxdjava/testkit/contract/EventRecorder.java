package dev.lxdjava.testkit.contract;

import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventListener;
import dev.lxdjava.core.event.LifecycleEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects the events of one subscription and lets a test wait for one that matches. */
public final class EventRecorder implements EventListener {
  private final List<Event> events = new ArrayList<>();
  private final List<EventGap> gaps = new ArrayList<>();

  @Override
  public synchronized void onEvent(Event event) {
    events.add(event);
    notifyAll();
  }

  @Override
  public synchronized void onGap(EventGap gap) {
    gaps.add(gap);
    notifyAll();
  }

  /** Every event so far. */
  public synchronized List<Event> events() {
    return List.copyOf(events);
  }

  /** Every gap reported so far. */
  public synchronized List<EventGap> gaps() {
    return List.copyOf(gaps);
  }

  /** The lifecycle events so far whose source names this instance. */
  public synchronized List<LifecycleEvent> lifecycleOf(String instance) {
    List<LifecycleEvent> matching = new ArrayList<>();
    for (Event event : events) {
      if (event instanceof LifecycleEvent lifecycle && namesInstance(lifecycle, instance)) {
        matching.add(lifecycle);
      }
    }
    return matching;
  }

  /** Whether a lifecycle event's source is this instance's URL, with or without a query. */
  public static boolean namesInstance(LifecycleEvent event, String instance) {
    String source = event.source();
    String path = "/1.0/instances/" + instance;
    return source.equals(path) || source.startsWith(path + "?");
  }

  /** Waits for an event that matches and returns it; fails listing what arrived otherwise. */
  public synchronized Event await(Predicate<Event> match, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Event event : events) {
        if (match.test(event)) {
          return event;
        }
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError("no matching event within " + timeout + "; received " + events);
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
  }

  /** Waits until at least one gap was reported and returns the first. */
  public synchronized EventGap awaitGap(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (gaps.isEmpty()) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError("no gap reported within " + timeout);
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
    return gaps.get(0);
  }

  /** A predicate for a lifecycle event with this action on this instance. */
  public static Predicate<Event> lifecycle(String action, String instance) {
    return event ->
        event instanceof LifecycleEvent lifecycle
            && lifecycle.action().equals(action)
            && namesInstance(lifecycle, instance);
  }
}
