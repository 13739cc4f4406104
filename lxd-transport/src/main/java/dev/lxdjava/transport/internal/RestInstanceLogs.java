package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Log files and the console log of instances ({@code .../logs}, {@code .../console}). */
final class RestInstanceLogs {
  /** Maximum silence while a log streams before the read fails. */
  static final Duration READ_IDLE_TIMEOUT = Duration.ofMinutes(5);

  /**
   * LXD 5.0.2's error for reading the console log of a running container whose console buffer is
   * empty: it tries to open a file with an empty path.
   */
  static final String EMPTY_CONSOLE_ERROR = "open : no such file or directory";

  private final RestClient rest;
  private final Scope scope;

  RestInstanceLogs(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath instancePath(String name, String... segments) {
    LxdPath path = LxdPath.of("instances", Names.instance(name));
    for (String segment : segments) {
      path.segment(segment);
    }
    return path.scope(scope, false);
  }

  List<String> list(String name) {
    return Replies.namesFromUrls(rest.get(instancePath(name, "logs")).metadata());
  }

  InputStream read(String name, String file) {
    LxdPath path = instancePath(name, "logs", Names.segment("log file name", file));
    return rest.download(path, Map.of(), READ_IDLE_TIMEOUT).body();
  }

  void delete(String name, String file) {
    rest.send("DELETE", instancePath(name, "logs", Names.segment("log file name", file)), null);
  }

  InputStream console(String name) {
    try {
      return rest.download(instancePath(name, "console"), Map.of(), READ_IDLE_TIMEOUT).body();
    } catch (LxdApiException e) {
      if (e.errorCode() == 500 && e.lxdMessage().equals(EMPTY_CONSOLE_ERROR)) {
        return InputStream.nullInputStream();
      }
      throw e;
    }
  }

  void clearConsole(String name) {
    rest.send("DELETE", instancePath(name, "console"), null);
  }
}
