package dev.lxdjava.server.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example client shown in docs/exec.md is this module's compiled and tested source. */
class ExecClientDocTest {
  private static final String MARKER = "<!-- ExecClient.java -->\n```java\n";

  @Test
  void docSnippetEqualsSource() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "exec.md"));
    int start = doc.indexOf(MARKER);
    assertThat(start).as("marker in docs/exec.md").isNotNegative();
    int from = start + MARKER.length();
    String snippet = doc.substring(from, doc.indexOf("\n```\n", from) + 1);

    String source =
        Files.readString(Path.of("src/test/java/dev/lxdjava/server/example/ExecClient.java"));
    String withoutPackage = source.substring(source.indexOf("\nimport ") + 1);

    assertThat(snippet).isEqualTo(withoutPackage);
  }
}
