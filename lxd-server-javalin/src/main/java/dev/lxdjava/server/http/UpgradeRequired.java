package dev.lxdjava.server.http;

import dev.lxdjava.server.openapi.RouteDoc;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rejects a plain GET or HEAD on a WebSocket path with 426 and {@code Upgrade: websocket}, instead
 * of the 404 or 405 Javalin would give because no HTTP route serves it. The detail names the other
 * methods the path serves, such as the non-interactive {@code POST} on exec.
 */
public final class UpgradeRequired {
  private final JavalinState state;

  public UpgradeRequired(JavalinState state) {
    this.state = state;
  }

  /** Runs before every HTTP request, matched or not. */
  public void check(Context ctx) {
    HandlerType method = ctx.method();
    if (method != HandlerType.GET && method != HandlerType.HEAD) {
      return;
    }
    String path = ctx.path();
    if (state.wsRouter.getWsPathMatcher().findEndpointHandlerEntry(path) == null
        || !state.internalRouter.findHttpHandlerEntries(method, path).isEmpty()) {
      return;
    }
    ctx.header("Upgrade", "websocket");
    throw new ApiException(
        426,
        "upgrade-required",
        path
            + " is a WebSocket route; open it with a WebSocket upgrade (headers 'Connection:"
            + " Upgrade' and 'Upgrade: websocket')"
            + otherUses(path));
  }

  private String otherUses(String path) {
    List<String> uses = new ArrayList<>();
    for (HandlerType other : HandlerType.values()) {
      if (!other.isHttpMethod() || other == HandlerType.HEAD) {
        continue;
      }
      for (ParsedEndpoint endpoint : state.internalRouter.findHttpHandlerEntries(other, path)) {
        RouteDoc doc = endpoint.endpoint.metadata(RouteDoc.class);
        String summary = doc == null ? "" : " (" + doc.summary().toLowerCase(Locale.ROOT) + ")";
        uses.add(other.name() + summary);
      }
    }
    return uses.isEmpty() ? "" : "; without one, this path accepts " + String.join(", ", uses);
  }
}
