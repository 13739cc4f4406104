package dev.lxdjava.server.routes;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.instance.StateAction;
import dev.lxdjava.core.instance.StateChange;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.JsonReplies;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/** Instance routes under {@code /api/v1/instances}. */
public final class InstanceRoutes {
  private final Lxd lxd;
  private final Bodies bodies;

  public InstanceRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get("/api/v1/instances", Access.VIEWER, InstanceDocs.LIST, this::list);
    router.post("/api/v1/instances", Access.PROJECT_ADMIN, InstanceDocs.CREATE, this::create);
    router.get("/api/v1/instances/{name}", Access.VIEWER, InstanceDocs.GET, this::get);
    router.delete(
        "/api/v1/instances/{name}", Access.PROJECT_ADMIN, InstanceDocs.DELETE, this::delete);
    router.get("/api/v1/instances/{name}/state", Access.VIEWER, InstanceDocs.STATE, this::state);
    router.put(
        "/api/v1/instances/{name}/state",
        Access.OPERATOR,
        InstanceDocs.CHANGE_STATE,
        this::changeState);
  }

  private Lxd scoped(Context ctx) {
    return Params.scoped(lxd, ctx);
  }

  private static String name(Context ctx) {
    return Names.instance(ctx.pathParam("name"));
  }

  private void list(Context ctx) {
    Page page = Page.of(ctx);
    InstanceType type = Params.instanceType(ctx);
    ListOptions options = Params.listOptions(ctx);
    if (!Params.expand(ctx)) {
      if (type != null || !options.filter().isEmpty()) {
        List<String> names =
            scoped(ctx).instances().list(options, type).stream().map(Instance::name).toList();
        ctx.json(page.byName(names, String::valueOf));
        return;
      }
      ctx.json(page.byName(scoped(ctx).instances().names(), String::valueOf));
      return;
    }
    JsonReplies.send(ctx, page.byName(scoped(ctx).instances().list(options, type), Instance::name));
  }

  private void get(Context ctx) {
    ETags.send(ctx, scoped(ctx).instances().getTagged(name(ctx)));
  }

  private void state(Context ctx) {
    ctx.json(scoped(ctx).instances().state(name(ctx)));
  }

  private void create(Context ctx) {
    InstanceBodies.Create body = bodies.read(ctx, InstanceBodies.Create.class);
    InstanceCreate request = toRequest(body);
    AsyncReplies.respond(ctx, scoped(ctx).instances().create(request));
  }

  private static InstanceCreate toRequest(InstanceBodies.Create body) {
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    if (body.source() == null) {
      throw ApiException.badRequest(
          "field 'source' is required, for example {\"type\": \"image\", \"alias\": \"busybox\"}");
    }
    InstanceBodies.Source source = body.source();
    InstanceCreate.Builder builder =
        InstanceCreate.builder(body.name())
            .type(type(body))
            .source(
                new InstanceSource(
                    source.type() == null ? "image" : source.type(),
                    source.alias(),
                    source.fingerprint(),
                    source.server(),
                    source.protocol(),
                    source.source()))
            .ephemeral(Boolean.TRUE.equals(body.ephemeral()));
    if (body.profiles() != null) {
      builder.profiles(body.profiles());
    }
    if (body.config() != null) {
      builder.config(body.config());
    }
    if (body.devices() != null) {
      builder.devices(body.devices());
    }
    if (body.description() != null) {
      builder.description(body.description());
    }
    return builder.build();
  }

  private static InstanceType type(InstanceBodies.Create body) {
    String legacy = body.instanceType();
    String current = body.type();
    if (legacy != null && current != null && !legacy.equals(current)) {
      throw ApiException.badRequest(
          "fields 'type'='" + current + "' and 'instance_type'='" + legacy + "' disagree");
    }
    String chosen = current != null ? current : legacy;
    return chosen == null ? InstanceType.CONTAINER : InstanceType.fromWireName(chosen);
  }

  private void delete(Context ctx) {
    AsyncReplies.respond(ctx, scoped(ctx).instances().delete(name(ctx)));
  }

  private void changeState(Context ctx) {
    String name = name(ctx);
    InstanceBodies.State body = bodies.read(ctx, InstanceBodies.State.class);
    if (body.action() == null) {
      throw ApiException.badRequest(
          "field 'action' is required: start, stop, restart, freeze or unfreeze");
    }
    Duration timeout = null;
    if (body.timeout() != null && body.timeout() >= 0) {
      timeout = Duration.ofSeconds(body.timeout());
    } else if (body.timeout() != null && body.timeout() != -1) {
      throw ApiException.badRequest(
          "field 'timeout'=" + body.timeout() + " must be -1 (no limit) or a number of seconds");
    }
    StateChange change =
        new StateChange(
            StateAction.fromWireName(body.action()),
            Boolean.TRUE.equals(body.force()),
            Boolean.TRUE.equals(body.stateful()),
            timeout);
    AsyncReplies.respond(ctx, scoped(ctx).instances().changeState(name, change));
  }
}
