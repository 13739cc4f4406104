package dev.lxdjava.transport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The code in {@code docs/remote.md} is the compiled code of {@link RemoteExamples}. */
class RemoteDocTest {
  private static final Path SOURCE =
      Path.of("src/test/java/dev/lxdjava/transport/docs/RemoteExamples.java");
  private static final Path DOC = Path.of("../docs/remote.md");
  private static final Pattern REGION =
      Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  @Test
  void everyRegionAppearsInDocVerbatim() throws IOException {
    Map<String, String> regions = regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);

    assertThat(regions).containsOnlyKeys("generate", "token", "enrol", "connect");
    regions.forEach(
        (name, code) -> assertThat(doc).as("region %s in %s", name, DOC).contains(code));
  }

  private static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher matcher = REGION.matcher(source);
    while (matcher.find()) {
      regions.put(matcher.group(1), dedent(matcher.group(2)));
    }
    return regions;
  }

  /** Removes the indentation the region's first line has from every line. */
  private static String dedent(String code) {
    String[] lines = code.split("\n");
    int indent = lines[0].length() - lines[0].stripLeading().length();
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(line.length() >= indent ? line.substring(indent) : line.strip());
    }
    return String.join("\n", result);
  }
}
