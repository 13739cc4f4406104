package dev.lxdjava.testkit.fake.internal;

import dev.lxdjava.testkit.fake.RecordedRequest;
import dev.lxdjava.testkit.fake.RecordedRequests;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * The fake's single Jetty handler: reads the request, records it, applies injected faults, checks
 * trust, routes it (or upgrades it to a WebSocket) and writes LXD's envelope.
 */
public final class ApiHandler extends Handler.Abstract {
  private final Daemon daemon;
  private final Router router;
  private final FaultPlan faults;
  private final RecordedRequests recorder;
  private final WebSockets webSockets;
  private final ExecSessions sessions;
  private final Trust trust;
  private volatile ServerWebSocketContainer container;

  public ApiHandler(
      Daemon daemon, FaultPlan faults, RecordedRequests recorder, WebSockets webSockets) {
    this.daemon = daemon;
    this.faults = faults;
    this.recorder = recorder;
    this.webSockets = webSockets;
    this.sessions = new ExecSessions();
    this.trust = new Trust(daemon);
    this.router = Routes.build(daemon, sessions, trust);
  }

  /** Sets the WebSocket container that upgrades requests, once the server is built. */
  void container(ServerWebSocketContainer value) {
    this.container = value;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    ApiRequest api = read(request);
    boolean[] recorded = {false};
    Replies replies =
        new Replies(
            request,
            response,
            callback,
            status -> {
              if (!recorded[0]) {
                recorded[0] = true;
                recorder.add(record(api, status));
              }
            });
    try {
      serve(api, replies);
    } catch (LxdError e) {
      replies.error(e.code(), e.getMessage());
    } catch (RuntimeException e) {
      replies.error(500, String.valueOf(e.getMessage()));
    }
    return true;
  }

  private void serve(ApiRequest api, Replies replies) {
    logRequest(api);
    pause(faults.latency());
    String decodedPath = "/" + String.join("/", api.segments());
    LxdError injected = faults.check(api.method(), decodedPath);
    if (injected != null) {
      throw injected;
    }
    List<String> segments = api.segments();
    if (segments.isEmpty()) {
      replies.write(ApiReply.ok(Json.strings(List.of("/1.0"))), api.method());
      return;
    }
    if (!segments.get(0).equals("1.0")) {
      throw LxdError.notFound("not found");
    }
    List<String> rest = segments.subList(1, segments.size());
    if (!api.caller().trusted() && !trust.allowsUntrusted(api, rest)) {
      throw LxdError.forbidden("not authorized");
    }
    if (rest.equals(List.of("events"))) {
      events(api, replies);
      return;
    }
    if (rest.size() == 3 && rest.get(0).equals("operations") && rest.get(2).equals("websocket")) {
      operationSocket(api, replies, rest.get(1));
      return;
    }
    replies.write(router.route(api, rest), api.method());
  }

  /** Publishes the debug logging event LXD sends for every API request. */
  private void logRequest(ApiRequest api) {
    com.fasterxml.jackson.databind.node.ObjectNode context = Json.object();
    context.put("ip", api.caller().address());
    context.put("method", api.method());
    context.put("protocol", api.caller().protocol());
    context.put("url", api.rawPath());
    context.put("username", api.caller().username());
    daemon.events.log("Handling API request", context);
  }

  private static void pause(Duration latency) {
    if (latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void events(ApiRequest api, Replies replies) {
    if (!isUpgrade(api)) {
      replies.text(400, "Bad Request\n");
      return;
    }
    String typeParam = api.param("type");
    Set<String> types =
        typeParam.isEmpty() ? Events.TYPES : new HashSet<>(Arrays.asList(typeParam.split(",")));
    for (String type : types) {
      if (!Events.TYPES.contains(type)) {
        throw LxdError.internal("\"" + type + "\" isn't a supported event type");
      }
    }
    String project = null;
    if (!"true".equals(api.param("all-projects"))) {
      project = api.project();
      synchronized (daemon) {
        if (daemon.project(project).isEmpty()) {
          throw LxdError.internal("Project not found");
        }
      }
    }
    EventSocket socket = new EventSocket(daemon, webSockets, types, project);
    replies.upgrade(container, socket);
  }

  private void operationSocket(ApiRequest api, Replies replies, String operationId) {
    ExecSessions.Attachment attachment =
        sessions.connect(daemon.operations, operationId, api.param("secret"));
    if (!isUpgrade(api)) {
      replies.text(400, "Bad Request\n");
      return;
    }
    replies.upgrade(container, new ExecSocket(webSockets, attachment.session(), attachment.fd()));
  }

  private static boolean isUpgrade(ApiRequest api) {
    return api.header("Upgrade").equalsIgnoreCase("websocket");
  }

  private ApiRequest read(Request request) {
    String rawPath = request.getHttpURI().getPath();
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
    }
    byte[] body = new byte[0];
    if (!"websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""))) {
      try (InputStream in = Content.Source.asInputStream(request)) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new ApiRequest(
        request.getMethod(),
        rawPath,
        ApiRequest.split(rawPath),
        ApiRequest.parseQuery(request.getHttpURI().getQuery()),
        headers,
        body,
        trust.caller(request));
  }

  private static RecordedRequest record(ApiRequest api, int status) {
    byte[] body = api.body();
    byte[] kept =
        body.length > RecordedRequest.MAX_BODY
            ? Arrays.copyOf(body, RecordedRequest.MAX_BODY)
            : body;
    return new RecordedRequest(
        api.method(),
        "/" + String.join("/", api.segments()),
        api.rawPath(),
        api.query(),
        api.headers(),
        kept,
        body.length,
        api.caller().protocol(),
        status,
        Instant.now());
  }
}
