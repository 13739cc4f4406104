package dev.lxdjava.transport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example in {@code docs/sdk.md} is compiled: each {@code ```java} block must appear,
 * line by line and ignoring indentation, in a source file of this package.
 */
class SdkDocsTest {
  private static final Path GUIDE = Path.of("..", "docs", "sdk.md");
  private static final Path EXAMPLES =
      Path.of("src", "test", "java", "dev", "lxdjava", "transport", "docs");

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null && line.strip().equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  static String unindented(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  private static String examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(f -> f.toString().endsWith("Examples.java")).toList()) {
        all.append(unindented(Files.readString(file))).append('\n');
      }
      return all.toString();
    }
  }

  @Test
  void everyJavaBlockIsCompiled() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(GUIDE));
    String compiled = examples();

    assertThat(blocks).isNotEmpty();
    assertThat(blocks)
        .allSatisfy(block -> assertThat(compiled).contains(unindented(block).strip()));
  }

  @Test
  void blocksAreFoundInMarkdown() {
    String markdown = "text\n```java\na();\n  b();\n```\n```sh\nls\n```\n";

    assertThat(javaBlocks(markdown)).containsExactly("a();\n  b();\n");
  }
}
