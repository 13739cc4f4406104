package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.backup.BackupCreate;
import dev.lxdjava.core.backup.BackupImport;
import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Backup routes under {@code /api/v1/instances/{name}/backups}, and the import of a backup tarball
 * as a new instance. Tarballs stream through the gateway in both directions, so their size is not
 * bound by the heap.
 */
public final class BackupRoutes {
  private static final String ALL = "/api/v1/instances/{name}/backups";
  private static final String ONE = ALL + "/{backup}";
  static final String TARBALL = "application/octet-stream";

  private final Lxd lxd;
  private final Bodies bodies;

  public BackupRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get(ALL, Access.VIEWER, BackupDocs.LIST, this::list);
    router.post(ALL, Access.OPERATOR, BackupDocs.CREATE, this::create);
    router.get(ONE, Access.VIEWER, BackupDocs.GET, this::get);
    router.delete(ONE, Access.OPERATOR, BackupDocs.DELETE, this::delete);
    router.post(ONE + "/rename", Access.OPERATOR, BackupDocs.RENAME, this::rename);
    router.get(ONE + "/export", Access.OPERATOR, BackupDocs.EXPORT, this::export);
    router.post(
        "/api/v1/instances/import", Access.PROJECT_ADMIN, BackupDocs.IMPORT, this::importBackup);
  }

  private Lxd scoped(Context ctx) {
    return Params.scoped(lxd, ctx);
  }

  private static String instance(Context ctx) {
    return Names.instance(ctx.pathParam("name"));
  }

  private static String backup(Context ctx) {
    return Names.backup(ctx.pathParam("backup"));
  }

  private void list(Context ctx) {
    Page page = Page.of(ctx);
    List<InstanceBackup> backups =
        scoped(ctx).backups().list(instance(ctx)).stream()
            .sorted(Comparator.comparing(InstanceBackup::name))
            .toList();
    ctx.json(page.of(backups));
  }

  private void create(Context ctx) {
    String instance = instance(ctx);
    BackupBodies.Create body = bodies.read(ctx, BackupBodies.Create.class);
    BackupCreate request =
        new BackupCreate(
            body.name(),
            body.expiresAt(),
            Boolean.TRUE.equals(body.instanceOnly()),
            Boolean.TRUE.equals(body.optimizedStorage()),
            body.compressionAlgorithm());
    AsyncReplies.respond(ctx, scoped(ctx).backups().create(instance, request));
  }

  private void get(Context ctx) {
    ctx.json(scoped(ctx).backups().get(instance(ctx), backup(ctx)));
  }

  private void rename(Context ctx) {
    String instance = instance(ctx);
    String backup = backup(ctx);
    String newName =
        Names.backup(InstanceEditRoutes.newName(bodies.read(ctx, InstanceBodies.Rename.class)));
    AsyncReplies.respond(ctx, scoped(ctx).backups().rename(instance, backup, newName));
  }

  private void delete(Context ctx) {
    AsyncReplies.respond(ctx, scoped(ctx).backups().delete(instance(ctx), backup(ctx)));
  }

  private void export(Context ctx) {
    String instance = instance(ctx);
    String backup = backup(ctx);
    InputStream tarball = scoped(ctx).backups().export(instance, backup);
    Streams.download(ctx, tarball, TARBALL, instance + "-" + backup + ".tar.gz");
  }

  private void importBackup(Context ctx) {
    BackupImport options =
        new BackupImport(
            Params.value(ctx, BackupDocs.IMPORT_NAME), Params.value(ctx, BackupDocs.POOL));
    try (PushbackInputStream tarball = new PushbackInputStream(ctx.bodyInputStream())) {
      int first = tarball.read();
      if (first < 0) {
        throw ApiException.badRequest("request body is empty; send the backup tarball");
      }
      tarball.unread(first);
      AsyncReplies.respond(ctx, scoped(ctx).backups().importBackup(tarball, options));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded backup failed: " + e.getMessage(), e);
    }
  }
}
