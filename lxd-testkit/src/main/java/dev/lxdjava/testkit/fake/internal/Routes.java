package dev.lxdjava.testkit.fake.internal;

/** Registers every route family on one router. */
final class Routes {
  private Routes() {}

  static Router build(Daemon daemon, ExecSessions sessions, Trust trust) {
    Router router = new Router();
    Lookups lookups = new Lookups(daemon);
    InstanceViews views = new InstanceViews(daemon);
    InstanceRoutes instances = new InstanceRoutes(daemon, lookups, views);
    new ServerRoutes(daemon).register(router);
    instances.register(router);
    new InstanceStateRoutes(daemon, lookups, views, sessions).register(router);
    new ExecRoutes(daemon, lookups, sessions).register(router);
    new OperationRoutes(daemon).register(router);
    return router;
  }
}
