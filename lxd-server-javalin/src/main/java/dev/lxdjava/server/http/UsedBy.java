package dev.lxdjava.server.http;

import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.core.network.Network;
import dev.lxdjava.core.profile.Profile;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StorageVolume;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hides the {@code used_by} entries that name objects in projects the caller may not read. LXD
 * lists users across projects: a profile or network of the {@code default} project, which a project
 * without its own profiles or networks shares, names the instances of every project that uses it.
 */
public final class UsedBy {
  private UsedBy() {}

  /**
   * Cuts the {@code used_by} list of {@code value} to readable projects; returns others as they
   * are.
   */
  public static Object readable(Context ctx, Object value) {
    if (!(value instanceof Profile
        || value instanceof Network
        || value instanceof StoragePool
        || value instanceof StorageVolume)) {
      return value;
    }
    ProjectSet projects = Authentication.readableProjects(ctx);
    if (projects.all()) {
      return value;
    }
    if (value instanceof Profile p) {
      return new Profile(
          p.name(), p.description(), p.config(), p.devices(), cut(projects, p.usedBy()));
    }
    if (value instanceof Network n) {
      return new Network(
          n.name(),
          n.type(),
          n.description(),
          n.config(),
          cut(projects, n.usedBy()),
          n.managed(),
          n.status(),
          n.locations());
    }
    if (value instanceof StoragePool p) {
      return new StoragePool(
          p.name(),
          p.driver(),
          p.description(),
          p.config(),
          cut(projects, p.usedBy()),
          p.status(),
          p.locations());
    }
    StorageVolume v = (StorageVolume) value;
    return new StorageVolume(
        v.name(),
        v.type(),
        v.description(),
        v.config(),
        cut(projects, v.usedBy()),
        v.location(),
        v.contentType(),
        v.project(),
        v.createdAt());
  }

  /** Cuts each item as {@link #readable(Context, Object)} does. */
  public static List<?> readable(Context ctx, List<?> items) {
    return items.stream().map(item -> readable(ctx, item)).toList();
  }

  private static List<String> cut(ProjectSet projects, List<String> urls) {
    return urls.stream().filter(url -> projects.contains(projectOf(url))).toList();
  }

  /** The project of an LXD object URL: its {@code project} query parameter, else default. */
  static String projectOf(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return "default";
    }
    for (String pair : url.substring(query + 1).split("&")) {
      if (pair.startsWith("project=")) {
        return URLDecoder.decode(pair.substring("project=".length()), StandardCharsets.UTF_8);
      }
    }
    return "default";
  }
}
