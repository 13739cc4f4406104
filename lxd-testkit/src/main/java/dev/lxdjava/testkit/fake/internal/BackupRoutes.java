package dev.lxdjava.testkit.fake.internal;

/** Placeholder, replaced below. */
final class BackupRoutes {
  ApiReply importBackup(ApiRequest request) {
    throw new LxdError(501, "not implemented");
  }
}
