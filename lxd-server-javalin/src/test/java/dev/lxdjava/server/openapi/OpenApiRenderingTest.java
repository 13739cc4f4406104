package dev.lxdjava.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.http.Router.RouteSpec;
import dev.lxdjava.server.http.Router.WsRouteSpec;
import io.javalin.http.HandlerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How route documentation becomes OpenAPI, for kinds of routes later route families add. */
class OpenApiRenderingTest {
  private static final RouteDoc UPDATE =
      RouteDoc.builder("instances", "Update an instance")
          .pathParam("name", "instance name")
          .ifMatch()
          .body(Body.json(Shape.any()))
          .reply(Reply.tagged(200, "the updated instance", Shape.of(Instance.class)))
          .build();

  private static final RouteDoc EXPORT =
      RouteDoc.builder("backups", "Export a backup")
          .pathParam("name", "instance name")
          .pathParam("backup", "backup name")
          .reply(Reply.download(200, "the backup tarball", "application/octet-stream"))
          .build();

  private static final RouteDoc UPLOAD =
      RouteDoc.builder("images", "Upload an image")
          .body(Body.streamed("image tarball", "application/octet-stream"))
          .operation()
          .build();

  private static final WsDoc EVENTS =
      WsDoc.builder("events", "Stream events")
          .query(QueryParams.PROJECT)
          .fromServer(WsDoc.Frame.TEXT, "one LXD event as JSON", Shape.any())
          .fromClient(WsDoc.Frame.CLOSE, "ends the stream", null)
          .build();

  private static JsonNode document() {
    return OpenApiDocument.build(
        List.of(
            new RouteSpec(HandlerType.PUT, "/api/v1/instances/{name}", Access.OPERATOR, UPDATE),
            new RouteSpec(
                HandlerType.GET,
                "/api/v1/instances/{name}/backups/{backup}/export",
                Access.OPERATOR,
                EXPORT),
            new RouteSpec(HandlerType.POST, "/api/v1/images", Access.ADMIN, UPLOAD)),
        List.of(new WsRouteSpec("/api/v1/events/ws", Access.VIEWER, EVENTS)),
        "test");
  }

  @Test
  void ifMatchIsHeaderParameterWith412() {
    JsonNode update = document().at("/paths/~1api~1v1~1instances~1{name}/put");

    assertThat(update.get("parameters").toString()).contains("\"If-Match\"").contains("\"header\"");
    assertThat(update.at("/responses/412").isMissingNode()).isFalse();
    assertThat(update.at("/responses/200/headers/ETag").isMissingNode()).isFalse();
  }

  @Test
  void downloadDocumentsDisposition() {
    JsonNode export =
        document().at("/paths/~1api~1v1~1instances~1{name}~1backups~1{backup}~1export/get");

    assertThat(export.at("/responses/200/headers/Content-Disposition").isMissingNode()).isFalse();
    assertThat(export.at("/responses/200/content/application~1octet-stream").isMissingNode())
        .isFalse();
  }

  @Test
  void streamedBodyHasNoSizeLimit() {
    JsonNode upload = document().at("/paths/~1api~1v1~1images/post");

    assertThat(upload.at("/requestBody/x-streamed").asBoolean()).isTrue();
    assertThat(upload.at("/responses/413").isMissingNode()).isTrue();
    assertThat(upload.at("/responses/415").isMissingNode()).isFalse();
    assertThat(upload.at("/responses/202").isMissingNode()).isFalse();
  }

  @Test
  void webSocketRouteListsFramesAndQueryToken() {
    JsonNode events = document().at("/paths/~1api~1v1~1events~1ws/get");

    assertThat(events.at("/responses/101").isMissingNode()).isFalse();
    assertThat(events.at("/x-websocket/messages/0/direction").asText())
        .isEqualTo("server-to-client");
    assertThat(events.at("/x-websocket/messages/0/frame").asText()).isEqualTo("text");
    assertThat(events.get("security").toString()).contains("queryToken");
  }

  @Test
  void sameComponentNameTwiceFails() {
    Shape first = Shape.named("Thing", components -> Schemas.type("string"));
    Shape second = Shape.named("Thing", components -> Schemas.type("integer"));
    Components components = new Components();
    first.render(components);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.render(components))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'Thing'");
  }
}
