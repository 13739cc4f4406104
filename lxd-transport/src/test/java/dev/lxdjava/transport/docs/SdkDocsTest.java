package dev.lxdjava.transport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java examples of {@code docs/sdk.md} compiled. Every {@code ```java} block must appear,
 * line by line and ignoring indentation, in an {@code *Examples.java} file of this package. A block
 * preceded by {@code <!-- snippet: name -->} must moreover equal the {@code tag::name[]} region of
 * a Java file here, and every such region must appear in the guide.
 */
class SdkDocsTest {
  private static final Path GUIDE = Path.of("..", "docs", "sdk.md");
  private static final Path EXAMPLES =
      Path.of("src", "test", "java", "dev", "lxdjava", "transport", "docs");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

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

  @Test
  void everySnippetEqualsItsCompiledRegion() throws IOException {
    Map<String, String> snippets = snippets();
    Map<String, String> regions = regions();

    assertThat(snippets).isNotEmpty();
    snippets.forEach(
        (name, snippet) ->
            assertThat(snippet).as("snippet %s in %s", name, GUIDE).isEqualTo(regions.get(name)));
  }

  @Test
  void everyRegionAppearsInGuide() throws IOException {
    Map<String, String> snippets = snippets();

    assertThat(snippets.keySet()).containsAll(regions().keySet());
  }

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
    StringBuilder all = new StringBuilder();
    for (Path file : sources()) {
      if (file.toString().endsWith("Examples.java")) {
        all.append(unindented(Files.readString(file))).append('\n');
      }
    }
    return all.toString();
  }

  private static Map<String, String> snippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher matcher = SNIPPET.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    while (matcher.find()) {
      snippets.put(matcher.group(1), matcher.group(2).stripTrailing());
    }
    return snippets;
  }

  /**
   * Regions of the files that {@code docs/sdk.md} shows; {@code RemoteExamples} has its own doc.
   */
  private static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    for (Path source : sources()) {
      if (source.getFileName().toString().equals("RemoteExamples.java")) {
        continue;
      }
      Matcher matcher = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (matcher.find()) {
        regions.put(matcher.group(1), dedent(matcher.group(2)));
      }
    }
    return regions;
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Removes the indentation all non-blank lines share. */
  static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder result = new StringBuilder();
    for (String line : lines) {
      result.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return result.toString().stripTrailing();
  }
}
