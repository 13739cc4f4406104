package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.io.InputStream;
import java.util.List;

/**
 * An instance's log files and console log. Reads stream from LXD to the client and are never held
 * in memory whole.
 */
public final class InstanceLogRoutes {
  private static final String ONE = "/api/v1/instances/{name}";
  static final String TEXT = "text/plain; charset=utf-8";

  private final Lxd lxd;

  public InstanceLogRoutes(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get(ONE + "/logs", Access.VIEWER, InstanceLogDocs.LIST, this::list);
    router.get(ONE + "/logs/{file}", Access.VIEWER, InstanceLogDocs.READ, this::read);
    router.delete(ONE + "/logs/{file}", Access.OPERATOR, InstanceLogDocs.DELETE, this::delete);
    router.get(ONE + "/console/log", Access.VIEWER, InstanceLogDocs.CONSOLE, this::console);
    router.delete(
        ONE + "/console/log", Access.OPERATOR, InstanceLogDocs.CLEAR_CONSOLE, this::clearConsole);
  }

  private Lxd scoped(Context ctx) {
    return Params.scoped(lxd, ctx);
  }

  private static String name(Context ctx) {
    return Names.instance(ctx.pathParam("name"));
  }

  private static String file(Context ctx) {
    return Names.segment("log file name", ctx.pathParam("file"));
  }

  private void list(Context ctx) {
    Page page = Page.of(ctx);
    List<String> files = scoped(ctx).instances().logs(name(ctx)).stream().sorted().toList();
    ctx.json(page.of(files));
  }

  private void read(Context ctx) {
    String name = name(ctx);
    String file = file(ctx);
    InputStream content = scoped(ctx).instances().readLog(name, file);
    Streams.send(ctx, content, TEXT);
  }

  private void delete(Context ctx) {
    String name = name(ctx);
    String file = file(ctx);
    scoped(ctx).instances().deleteLog(name, file);
    ctx.status(204);
  }

  private void console(Context ctx) {
    InputStream content = scoped(ctx).instances().consoleLog(name(ctx));
    Streams.send(ctx, content, TEXT);
  }

  private void clearConsole(Context ctx) {
    scoped(ctx).instances().clearConsoleLog(name(ctx));
    ctx.status(204);
  }
}
