package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.server.http.Router.RouteSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code api.http} at the repository root has a request for every HTTP route; needs no LXD. */
class ApiHttpTest {
  private static final Path API_HTTP = Path.of("..", "api.http");
  private static final Pattern REQUEST =
      Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) \\{\\{host}}(\\S+)$", Pattern.MULTILINE);
  private static final Pattern PATH_PARAM = Pattern.compile("[{<][A-Za-z0-9_-]+[}>]");

  private static GatewayHarness gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  /** {@code METHOD path} of every request in the file, without query strings. */
  private static List<String> requests() throws Exception {
    List<String> requests = new ArrayList<>();
    Matcher matcher = REQUEST.matcher(Files.readString(API_HTTP));
    while (matcher.find()) {
      requests.add(matcher.group(1) + " " + matcher.group(2).split("\\?", 2)[0]);
    }
    return requests;
  }

  /** Builds a pattern for {@code METHOD path} in which each path parameter matches one segment. */
  private static Pattern routePattern(RouteSpec route) {
    StringBuilder regex = new StringBuilder(Pattern.quote(route.method().name() + " "));
    Matcher params = PATH_PARAM.matcher(route.path());
    int last = 0;
    while (params.find()) {
      regex.append(Pattern.quote(route.path().substring(last, params.start())));
      regex.append("[^/]+");
      last = params.end();
    }
    regex.append(Pattern.quote(route.path().substring(last)));
    return Pattern.compile(regex.toString());
  }

  @Test
  void everyRouteHasRequest() throws Exception {
    List<String> requests = requests();
    List<String> missing = new ArrayList<>();

    for (RouteSpec route : gateway.application().gateway().routes()) {
      Pattern pattern = routePattern(route);
      if (requests.stream().noneMatch(request -> pattern.matcher(request).matches())) {
        missing.add(route.method() + " " + route.path());
      }
    }

    assertThat(missing).as("routes without a request in api.http").isEmpty();
  }
}
