package dev.lxdjava.testkit.fake.internal;

/** Registers every route family on one router. */
final class Routes {
  private Routes() {}

  static Router build(Daemon daemon, ExecSessions sessions, Trust trust) {
    Router router = new Router();
    Lookups lookups = new Lookups(daemon);
    InstanceViews views = new InstanceViews(daemon);
    new ServerRoutes(daemon).register(router);
    InstanceRoutes instances = new InstanceRoutes(daemon, lookups, views);
    BackupRoutes backups = new BackupRoutes(daemon, lookups);
    instances.backups(backups);
    instances.register(router);
    new InstanceStateRoutes(daemon, lookups, views, sessions).register(router);
    new SnapshotRoutes(daemon, lookups, views).register(router);
    backups.register(router);
    new FileRoutes(daemon, lookups).register(router);
    new ExecRoutes(daemon, lookups, sessions).register(router);
    new OperationRoutes(daemon).register(router);
    new ProjectRoutes(daemon).register(router);
    new ProfileRoutes(daemon, lookups).register(router);
    new StoragePoolRoutes(daemon, lookups).register(router);
    new VolumeSnapshotRoutes(daemon, lookups).register(router);
    new VolumeRoutes(daemon, lookups).register(router);
    new NetworkRoutes(daemon, lookups).register(router);
    ImageRoutes images = new ImageRoutes(daemon, lookups);
    new AliasRoutes(daemon, images).register(router);
    images.register(router);
    new CertificateRoutes(daemon).register(router);
    return router;
  }
}
