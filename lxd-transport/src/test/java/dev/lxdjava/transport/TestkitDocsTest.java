package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.testkit.contract.ContractInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code shown in {@code docs/testkit.md} equal to the compiled sources it names: each
 * block preceded by {@code <!-- source: PATH -->} must match that file exactly.
 */
class TestkitDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK =
      Pattern.compile("<!-- source: (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  private static Map<String, String> blocks() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/testkit.md"));
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher matcher = BLOCK.matcher(doc);
    while (matcher.find()) {
      blocks.put(matcher.group(1), matcher.group(2));
    }
    return blocks;
  }

  @Test
  void docsShowTheExampleSources() throws IOException {
    assertThat(blocks().keySet())
        .containsExactly(
            "lxd-transport/src/test/java/dev/lxdjava/example/Deployer.java",
            "lxd-transport/src/test/java/dev/lxdjava/example/DeployerTest.java");
  }

  @Test
  void shownCodeEqualsCompiledSource() throws IOException {
    for (Map.Entry<String, String> block : blocks().entrySet()) {
      String source = Files.readString(ROOT.resolve(block.getKey()));

      assertThat(block.getValue()).as(block.getKey()).isEqualTo(source);
    }
  }

  @Test
  void docsListEveryExclusionWithItsReason() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/testkit.md"));
    List<String> listed =
        doc.lines().filter(line -> line.startsWith("| `") && line.contains("Contract.")).toList();

    assertThat(listed).hasSize(ContractInventory.excluded().size());
    ContractInventory.excluded()
        .forEach(
            (test, reason) ->
                assertThat(doc)
                    .as("docs/testkit.md lists " + test)
                    .contains("| `" + test + "` | " + reason + " |"));
  }

  @Test
  void docsRecordTheCounts() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/testkit.md"));
    int total = ContractInventory.tests().size();
    int excluded = ContractInventory.excluded().size();
    String expected =
        "Contract tests: "
            + (total - excluded)
            + " shared by real LXD and the fake, "
            + excluded
            + " excluded on the fake, "
            + total
            + " in total";

    assertThat(doc).as("docs/testkit.md records the counts line").contains(expected);
  }
}
