package dev.lxdjava.transport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/sdk.md} and the compiled examples identical: every {@code <!-- snippet: name
 * -->} block of the guide must equal the {@code tag::name[]} region of a Java file in this package,
 * and every region must appear in the guide.
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

  private static Map<String, String> snippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher matcher = SNIPPET.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    while (matcher.find()) {
      snippets.put(matcher.group(1), matcher.group(2).stripTrailing());
    }
    return snippets;
  }

  private static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher matcher = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (matcher.find()) {
        regions.put(matcher.group(1), dedent(matcher.group(2)));
      }
    }
    return regions;
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
