package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the file routes. */
final class FileDocs {
  private FileDocs() {}

  private static final String TAG = "files";

  static final QueryParam PATH =
      QueryParam.text(
          "path",
          "Absolute path inside the instance, at most 4096 characters; send it URL-encoded."
              + " Required.");

  static final QueryParam UID =
      QueryParam.integer("uid", "Owner's user id; -1 lets LXD choose.", -1, Integer.MAX_VALUE, -1);

  static final QueryParam GID =
      QueryParam.integer("gid", "Owner's group id; -1 lets LXD choose.", -1, Integer.MAX_VALUE, -1);

  static final QueryParam MODE =
      QueryParam.text(
          "mode",
          "Permission bits in octal, `0` to `0777` (such as `0640`); absent lets LXD choose.");

  static final QueryParam APPEND =
      QueryParam.bool("append", "Append to an existing file instead of replacing it.", false);

  static final Shape DIRECTORY =
      Shape.named(
          "DirectoryListing",
          components ->
              Schemas.objectSchema(true)
                  .description("The entries of a directory inside an instance, sorted.")
                  .required("path", Schemas.type("string", "the directory's path"))
                  .required("type", Schemas.type("string", "`directory`"))
                  .required(
                      "entries",
                      Schemas.type("array", "names inside it, without `.` and `..`")
                          .set("items", Schemas.type("string")))
                  .build());

  static final RouteDoc PULL =
      RouteDoc.builder(TAG, "Read a file from an instance")
          .description(
              "A file or the target of a symbolic link comes as a download streamed from LXD; a"
                  + " directory as JSON `{path, type, entries}`. `X-File-Type`, `X-File-Uid`,"
                  + " `X-File-Gid` and `X-File-Mode` carry the entry's facts.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET, PATH)
          .reply(Reply.download(200, "A file's content, or a link's target", FileRoutes.CONTENT))
          .json(200, "A directory's entries", DIRECTORY)
          .errors(400, 404)
          .lxd()
          .build();

  static final RouteDoc PUSH =
      RouteDoc.builder(TAG, "Write a file into an instance")
          .description(
              "Streams the body into the file at `path`, replacing it unless `append=true`."
                  + " Missing parent directories are not created. The body has no size limit.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET, PATH, UID, GID, MODE, APPEND)
          .body(Body.streamed("The file's content", FileRoutes.CONTENT))
          .reply(Reply.empty(201, "The file is written"))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(TAG, "Delete a file from an instance")
          .description("Deletes a file, a symbolic link or an empty directory.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET, PATH)
          .reply(Reply.empty(204, "The file is deleted"))
          .errors(400, 404)
          .lxd()
          .build();
}
