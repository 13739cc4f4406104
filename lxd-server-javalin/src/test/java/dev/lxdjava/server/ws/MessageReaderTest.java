package dev.lxdjava.server.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.GatewayJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client messages with errors in the words of the HTTP API, never Jackson's. */
class MessageReaderTest {
  private final MessageReader reader = new MessageReader(GatewayJson.mapper());

  private String rejection(String message, Class<? extends Record> record) {
    return catchThrowableOfType(
            ApiException.class,
            () -> {
              var node = reader.parse(message);
              reader.read(node, node.path("type").asText(), record);
            })
        .getMessage();
  }

  @Test
  void unknownFieldIsNamedBeforeAWrongType() {

    String error =
        rejection(
            "{\"type\":\"start\",\"command\":\"sh\",\"bogus\":1}", TerminalMessages.Start.class);

    assertThat(error).startsWith("unknown field 'bogus' in 'start' message; known fields: ");
    assertThat(error).contains("command, cwd, environment");
  }

  @Test
  void stringForCommandNamesTheValueAndTheType() {

    String error =
        rejection("{\"type\":\"start\",\"command\":\"sh\"}", TerminalMessages.Start.class);

    assertThat(error)
        .isEqualTo("field 'command' has the wrong type: \"sh\"; expected an array of strings");
  }

  @Test
  void textForHeightNamesTheValueAndTheType() {

    String error =
        rejection(
            "{\"type\":\"resize\",\"width\":80,\"height\":\"x\"}", TerminalMessages.Resize.class);

    assertThat(error)
        .isEqualTo("field 'height' has the wrong type: \"x\"; expected a whole number");
  }

  @Test
  void environmentWithNonStringValueNamesTheRule() {

    String error =
        rejection(
            "{\"type\":\"start\",\"command\":[\"sh\"],\"environment\":{\"A\":[1]}}",
            TerminalMessages.Start.class);

    assertThat(error)
        .isEqualTo(
            "field 'environment' has the wrong type: {\"A\":[1]}; expected an object whose values"
                + " are strings");
  }

  @Test
  void arrayMessageIsRejected() {

    String error = rejection("[1]", TerminalMessages.Start.class);

    assertThat(error).isEqualTo("message must be a JSON object with a 'type' field");
  }

  @Test
  void validStartIsRead() {
    var node = reader.parse("{\"type\":\"start\",\"command\":[\"sh\"],\"width\":100}");

    var start = reader.read(node, "start", TerminalMessages.Start.class);

    assertThat(start.command()).isEqualTo(List.of("sh"));
    assertThat(start.width()).isEqualTo(100);
  }
}
