package dev.lxdjava.testkit.fake.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** The faults a test asked for: latency on every request and errors for matching requests. */
public final class FaultPlan {
  private record Rule(String method, Pattern path, int code, String message, int[] remaining) {}

  private volatile Duration latency = Duration.ZERO;
  private final List<Rule> rules = new ArrayList<>();

  public void latency(Duration value) {
    latency = value;
  }

  Duration latency() {
    return latency;
  }

  /**
   * Makes the next {@code count} matching requests fail with an LXD error.
   *
   * @param method the method to match, or {@code null} for any
   * @param path the path as a regular expression over the decoded path
   */
  public synchronized void fail(int count, String method, Pattern path, int code, String message) {
    rules.add(new Rule(method, path, code, message, new int[] {count}));
  }

  /** Returns the error for a request that a rule matches, counting it, or {@code null}. */
  synchronized LxdError check(String method, String path) {
    Iterator<Rule> iterator = rules.iterator();
    while (iterator.hasNext()) {
      Rule rule = iterator.next();
      boolean methodMatches = rule.method == null || rule.method.equals(method);
      if (methodMatches && rule.path.matcher(path).matches()) {
        if (--rule.remaining[0] <= 0) {
          iterator.remove();
        }
        return new LxdError(rule.code, rule.message);
      }
    }
    return null;
  }

  public synchronized void clear() {
    rules.clear();
    latency = Duration.ZERO;
  }
}
