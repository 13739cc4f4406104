package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.auth.Role;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ProjectFrom;
import dev.lxdjava.server.http.RouteCoverage;
import dev.lxdjava.server.http.Router.RouteSpec;
import dev.lxdjava.server.http.Router.WsRouteSpec;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every registered route, HTTP (GET routes also as HEAD) and WebSocket, with every kind of
 * caller: anonymous, viewer, operator, admin, an API key, a user whose only right is an operator
 * grant in one project, and a viewer with an admin grant in that project. Each caller tries inside
 * and outside that project, and without a project where a route lists across projects. The expected
 * answer comes from the route's declaration: 401 without a credential, 403 when the effective role
 * is too low, otherwise anything but 401 and 403 (LXD may still answer 404 for the made-up names).
 * Requests carry no body, so allowed writes stop at validation or at LXD's 404 and change nothing.
 */
@LocalLxd
class RouteAccessIT {
  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}|<([^>/]+)>");

  private static GatewayHarness gateway;
  private static String grantedProject;
  private static List<Principal> principals;

  /** What a route declares, for HTTP and WebSocket routes alike. */
  record Declared(String path, Access access, ProjectFrom project) {
    static Declared of(RouteSpec route) {
      return new Declared(route.path(), route.access(), route.project());
    }

    static Declared of(WsRouteSpec route) {
      return new Declared(route.path(), route.access(), route.project());
    }
  }

  /** A caller of the matrix, with the roles it holds. */
  record Principal(String name, String token, Role global, Map<String, Role> grants) {
    Role roleIn(String project) {
      Role grant = project == null ? null : grants.get(project);
      return grant == null ? global : Role.max(global, grant);
    }

    Role bestRole() {
      return grants.values().stream().reduce(global, Role::max);
    }
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway =
        GatewayHarness.start(
            Map.of(
                "RATE_LIMIT_LOGIN_PER_IP", "100000",
                "RATE_LIMIT_LOGIN_PER_USER", "100000",
                "RATE_LIMIT_REFRESH_PER_IP", "100000",
                "RATE_LIMIT_REFRESH_PER_USER", "100000"));
    grantedProject = TestNames.unique();
    gateway.createUser("matrix-dev", Role.NONE);
    gateway.application().auth().users().grant("matrix-dev", grantedProject, Role.OPERATOR);
    gateway.createUser("matrix-lead", Role.VIEWER);
    gateway.application().auth().users().grant("matrix-lead", grantedProject, Role.ADMIN);
    String apiKey =
        gateway
            .application()
            .auth()
            .apiKeys()
            .create("matrix-key", Role.VIEWER, null, "test")
            .secret();
    principals =
        List.of(
            new Principal("anonymous", null, null, Map.of()),
            new Principal(
                "viewer", gateway.tokenFor("matrix-viewer", Role.VIEWER), Role.VIEWER, Map.of()),
            new Principal(
                "operator",
                gateway.tokenFor("matrix-operator", Role.OPERATOR),
                Role.OPERATOR,
                Map.of()),
            new Principal(
                "admin",
                gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD),
                Role.ADMIN,
                Map.of()),
            new Principal("api-key viewer", apiKey, Role.VIEWER, Map.of()),
            new Principal(
                "project operator",
                gateway.login("matrix-dev", "matrix-dev-password-123"),
                Role.NONE,
                Map.of(grantedProject, Role.OPERATOR)),
            new Principal(
                "project admin",
                gateway.login("matrix-lead", "matrix-lead-password-123"),
                Role.VIEWER,
                Map.of(grantedProject, Role.ADMIN)));
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  /** Walks every method Javalin serves a route under, so HEAD twins of GET routes too. */
  @TestFactory
  Stream<DynamicTest> everyHttpRouteAnswersByItsDeclaration() {
    List<DynamicTest> tests = new ArrayList<>();
    for (RouteSpec route : gateway.application().gateway().routes()) {
      for (HandlerType method : route.methods()) {
        for (Principal principal : principals) {
          for (String project : projectsToTry(route.project())) {
            String where = project == null ? "without a project" : "in " + project;
            String name = method + " " + route.path() + " as " + principal.name() + " " + where;
            tests.add(
                DynamicTest.dynamicTest(
                    name, () -> checkHttp(method, Declared.of(route), principal, project)));
          }
        }
      }
    }
    return tests.stream();
  }

  /**
   * Lists the projects a route is tried in. {@code null} stands for a request without {@code
   * project}, for which a {@link ProjectFrom#QUERY_OR_ANY} route lists every visible project.
   */
  private static List<String> projectsToTry(ProjectFrom from) {
    List<String> projects = new ArrayList<>(List.of("default", grantedProject));
    if (from.source() == ProjectFrom.Source.QUERY_OR_ANY) {
      projects.add(null);
    }
    return projects;
  }

  @TestFactory
  Stream<DynamicTest> everyWebSocketRouteAnswersByItsDeclaration() {
    List<DynamicTest> tests = new ArrayList<>();
    for (WsRouteSpec route : gateway.application().gateway().webSocketRoutes()) {
      for (Principal principal : principals) {
        for (String project : List.of("default", grantedProject)) {
          String name = "WEBSOCKET " + route.path() + " as " + principal.name() + " in " + project;
          tests.add(
              DynamicTest.dynamicTest(
                  name, () -> checkWebSocket(Declared.of(route), principal, project)));
        }
      }
    }
    return tests.stream();
  }

  private void checkHttp(HandlerType method, Declared route, Principal principal, String project)
      throws Exception {
    String path = concretePath(route, project) + (project == null ? "" : "?project=" + project);

    var reply = gateway.send(method.name(), path, principal.token(), null);

    assertOutcome(route, principal, project, reply.status(), reply.toString());
  }

  /**
   * Opens the socket and reads its first message: a failed access check sends an {@code error}
   * message with the HTTP status and closes. The probe message makes exec and console answer at
   * once (with an error of their own) instead of waiting for a start message.
   */
  private void checkWebSocket(Declared route, Principal principal, String project)
      throws Exception {
    String query =
        "?project=" + project + (principal.token() == null ? "" : "&token=" + principal.token());
    int status;
    try (GatewaySocket socket =
        GatewaySocket.open(gateway.application().port(), concretePath(route, project) + query)) {
      try {
        socket.sendJson(Map.of("type", "probe"));
      } catch (Exception closedAlready) {
        // A socket that failed the check may be closed before the probe leaves.
      }
      JsonNode first = socket.awaitFirstMessage(Duration.ofSeconds(30));
      status = first.path("type").asText().equals("error") ? first.path("status").asInt() : 101;
    }

    assertOutcome(route, principal, project, status, "status " + status);
  }

  private static void assertOutcome(
      Declared route, Principal principal, String project, int status, String reply) {
    int expected = expectedDenial(route, principal, project);
    if (expected == 0) {
      assertThat(status).as("allowed, so neither 401 nor 403: " + reply).isNotIn(401, 403);
    } else {
      assertThat(status).as(reply).isEqualTo(expected);
    }
  }

  /**
   * 401 or 403 when the declaration denies the request, 0 when it allows it. The meaning of each
   * access level is written out here rather than read from {@link Access}, so a change to what a
   * level means fails this test.
   */
  static int expectedDenial(Declared route, Principal principal, String project) {
    Access access = route.access();
    if (access == Access.PUBLIC) {
      return 0;
    }
    if (principal.token() == null) {
      return 401;
    }
    Role required =
        switch (access) {
          case PUBLIC, AUTHENTICATED -> Role.NONE;
          case VIEWER -> Role.VIEWER;
          case OPERATOR -> Role.OPERATOR;
          case PROJECT_ADMIN, ADMIN -> Role.ADMIN;
        };
    boolean grantsCount =
        access == Access.VIEWER || access == Access.OPERATOR || access == Access.PROJECT_ADMIN;
    ProjectFrom.Source source = grantsCount ? route.project().source() : ProjectFrom.Source.GLOBAL;
    Role held =
        switch (source) {
          case GLOBAL -> principal.global();
          case QUERY, PATH -> principal.roleIn(project);
          case QUERY_OR_ANY, QUERY_OR_ALL_PROJECTS ->
              project == null ? principal.bestRole() : principal.roleIn(project);
          case ANY -> principal.bestRole();
        };
    return held.includes(required) ? 0 : 403;
  }

  private static String concretePath(Declared route, String project) {
    String projectParam =
        route.project().source() == ProjectFrom.Source.PATH ? route.project().parameter() : null;
    var matcher = PARAM.matcher(route.path());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String param = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      String value = param.equals(projectParam) ? project : TestNames.unique();
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  @Test
  void javalinRoutesAllDeclared() {
    Gateway server = gateway.application().gateway();
    Set<String> declared =
        Stream.concat(
                server.routes().stream()
                    .flatMap(r -> r.methods().stream().map(method -> method + " " + r.path())),
                server.webSocketRoutes().stream().map(r -> "WEBSOCKET " + r.path()))
            .collect(Collectors.toSet());

    List<RouteCoverage.Registered> registered = server.registeredRoutes();

    assertThat(registered)
        .allSatisfy(route -> assertThat(route.access()).as(route.toString()).isNotNull());
    assertThat(
            registered.stream().map(RouteCoverage.Registered::toString).collect(Collectors.toSet()))
        .isEqualTo(declared);
  }

  /**
   * Admin areas need the global admin role whatever branch adds routes to them: users, grants, API
   * keys, audit, and writes to storage pools, networks and projects.
   */
  @Test
  void adminAreasNeedGlobalAdmin() {
    Pattern adminArea =
        Pattern.compile("^/api/v1/(auth/(users|register|grants|api-keys)|audit)(/.*)?$");
    Pattern infrastructure =
        Pattern.compile("^/api/v1/(storage/pools|networks|projects)(/[{<][^/]+[}>])?$");

    List<RouteSpec> routes = gateway.application().gateway().routes();

    for (RouteSpec route : routes) {
      boolean admin = adminArea.matcher(route.path()).matches();
      boolean infraWrite =
          infrastructure.matcher(route.path()).matches() && !route.method().name().equals("GET");
      if (admin || infraWrite) {
        assertThat(route.access()).as(route.method() + " " + route.path()).isEqualTo(Access.ADMIN);
      }
    }
  }

  /** The declarations of this branch's routes, so a changed level is a deliberate edit here. */
  @Test
  void knownRoutesDeclareExpectedLevels() {
    Map<String, Access> expected =
        Map.ofEntries(
            Map.entry("GET /health", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/login", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/refresh", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/logout", Access.PUBLIC),
            Map.entry("GET /api/v1/auth/me", Access.AUTHENTICATED),
            Map.entry("POST /api/v1/auth/me/password", Access.AUTHENTICATED),
            Map.entry("POST /api/v1/auth/register", Access.ADMIN),
            Map.entry("GET /api/v1/auth/users", Access.ADMIN),
            Map.entry("GET /api/v1/audit", Access.ADMIN),
            Map.entry("GET /api/v1/instances", Access.VIEWER),
            Map.entry("POST /api/v1/instances", Access.PROJECT_ADMIN),
            Map.entry("DELETE /api/v1/instances/{name}", Access.PROJECT_ADMIN),
            Map.entry("PUT /api/v1/instances/{name}/state", Access.OPERATOR),
            Map.entry("GET /api/v1/operations/{id}", Access.VIEWER),
            Map.entry("PUT /api/v1/instances/{name}", Access.PROJECT_ADMIN),
            Map.entry("PATCH /api/v1/instances/{name}", Access.PROJECT_ADMIN),
            Map.entry("POST /api/v1/instances/{name}/rename", Access.PROJECT_ADMIN),
            Map.entry("POST /api/v1/instances/import", Access.PROJECT_ADMIN),
            Map.entry("GET /api/v1/instances/{name}/logs/{file}", Access.VIEWER),
            Map.entry("GET /api/v1/instances/{name}/files", Access.OPERATOR),
            Map.entry("POST /api/v1/instances/{name}/snapshots", Access.OPERATOR),
            Map.entry("POST /api/v1/instances/{name}/snapshots/{snapshot}/rename", Access.OPERATOR),
            Map.entry("GET /api/v1/instances/{name}/backups", Access.VIEWER),
            Map.entry("GET /api/v1/instances/{name}/backups/{backup}/export", Access.OPERATOR));

    Map<String, Access> declared =
        gateway.application().gateway().routes().stream()
            .collect(Collectors.toMap(r -> r.method() + " " + r.path(), RouteSpec::access));

    assertThat(declared).containsAllEntriesOf(expected);
  }
}
