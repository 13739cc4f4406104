package dev.lxdjava.testkit.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Every request the fake LXD received since it started or since {@link #clear()}, oldest first.
 * Thread-safe. Path patterns use {@code *} for one path segment and {@code **} for any rest, for
 * example {@code /1.0/instances/*} or {@code /1.0/operations/**}.
 */
public final class RecordedRequests {
  private final List<RecordedRequest> requests = new ArrayList<>();

  /** Adds a request; called by the fake. */
  public synchronized void add(RecordedRequest request) {
    requests.add(request);
  }

  /** Returns all requests, oldest first. */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(requests);
  }

  /** Forgets the requests received so far. */
  public synchronized void clear() {
    requests.clear();
  }

  /** Returns the requests with this method whose path matches the pattern. */
  public List<RecordedRequest> matching(String method, String pathPattern) {
    Pattern pattern = glob(pathPattern);
    return filter(r -> r.method().equals(method) && pattern.matcher(r.path()).matches());
  }

  /** Returns the requests with any method whose path matches the pattern. */
  public List<RecordedRequest> matching(String pathPattern) {
    Pattern pattern = glob(pathPattern);
    return filter(r -> pattern.matcher(r.path()).matches());
  }

  /** Returns the requests that satisfy a condition. */
  public List<RecordedRequest> filter(Predicate<RecordedRequest> condition) {
    return all().stream().filter(condition).toList();
  }

  /** Counts the requests with this method whose path matches the pattern. */
  public int count(String method, String pathPattern) {
    return matching(method, pathPattern).size();
  }

  /**
   * Returns the most recent request.
   *
   * @throws IllegalStateException when there was none
   */
  public synchronized RecordedRequest last() {
    if (requests.isEmpty()) {
      throw new IllegalStateException("the fake LXD has received no request");
    }
    return requests.get(requests.size() - 1);
  }

  /** Turns a path pattern with {@code *} and {@code **} into a regular expression. */
  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
