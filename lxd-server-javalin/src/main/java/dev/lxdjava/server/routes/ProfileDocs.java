package dev.lxdjava.server.routes;

import dev.lxdjava.core.profile.Profile;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the profile routes. */
final class ProfileDocs {
  private ProfileDocs() {}

  static final String TAG = "profiles";
  static final String PROFILE = "Profile name: no `/`, `..` or control characters";

  private static RouteDoc.Builder route(String summary) {
    return RouteDoc.builder(TAG, summary).query(QueryParams.PROJECT);
  }

  private static RouteDoc.Builder profile(String summary) {
    return route(summary).pathParam("profile", PROFILE);
  }

  static final RouteDoc LIST =
      route("List profiles")
          .description("Profiles of the project sorted by name; names only with `expand=false`.")
          .query(QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of profiles, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(Profile.class), Shape.string())))
          .lxd()
          .build();

  static final RouteDoc CREATE =
      route("Create a profile")
          .description(
              "Creates a profile; LXD does this synchronously. LXD checks the devices: a NIC on a"
                  + " missing network is a 400.")
          .body(Body.json(Shape.of(ProfileBodies.Create.class)))
          .reply(Reply.tagged(201, "The new profile", Shape.of(Profile.class)))
          .errors(409)
          .lxd()
          .build();

  static final RouteDoc GET =
      profile("Get a profile")
          .reply(Reply.tagged(200, "LXD's profile object", Shape.of(Profile.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      profile("Replace a profile's description, configuration and devices")
          .description(
              "LXD's PUT: absent fields become empty, so a device left out is removed from the"
                  + " profile and from the instances that use it.")
          .ifMatch()
          .body(Body.json(Shape.of(ProfileBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated profile", Shape.of(Profile.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc PATCH =
      profile("Change a profile's description, configuration keys or devices")
          .description(
              "LXD's PATCH: only the fields given change; `config` keys and devices are merged, so"
                  + " PATCH cannot remove a device (use PUT).")
          .ifMatch()
          .body(Body.json(Shape.of(ProfileBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated profile", Shape.of(Profile.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      profile("Delete a profile")
          .description("LXD refuses to delete the `default` profile or one that instances use.")
          .reply(Reply.empty(204, "The profile is deleted"))
          .errors(400, 404, 409)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      profile("Rename a profile")
          .body(Body.json(Shape.of(ResourceReplies.Rename.class)))
          .reply(Reply.tagged(200, "The profile under its new name", Shape.of(Profile.class)))
          .errors(404, 409)
          .lxd()
          .build();
}
