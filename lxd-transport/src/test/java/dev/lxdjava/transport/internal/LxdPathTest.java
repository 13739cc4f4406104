package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Scope;
import org.junit.jupiter.api.Test;

class LxdPathTest {

  @Test
  void segmentsAreEncodedWhole() {
    String path = LxdPath.of("instances", "a/b", "c d+é?").toString();

    assertThat(path).isEqualTo("/1.0/instances/a%2Fb/c%20d%2B%C3%A9%3F");
  }

  @Test
  void queryValuesAreEncoded() {
    String path = LxdPath.of("instances").query("filter", "status eq Running").toString();

    assertThat(path).isEqualTo("/1.0/instances?filter=status%20eq%20Running");
  }

  @Test
  void scopeAddsProjectAndTarget() {
    String path = LxdPath.of("instances").scope(new Scope("p1", "m2"), true).toString();

    assertThat(path).isEqualTo("/1.0/instances?project=p1&target=m2");
  }

  @Test
  void parseKeepsOperationProject() {
    LxdPath path = LxdPath.parse("/1.0/operations/abc-123?project=p1");

    assertThat(path.lastSegment()).isEqualTo("abc-123");
    assertThat(path.queryValue("project")).isEqualTo("p1");
    assertThat(path.pathOnly()).isEqualTo("/1.0/operations/abc-123");
  }

  @Test
  void emptyQueryValuesAreSkipped() {
    String path = LxdPath.of("instances").query("filter", "").toString();

    assertThat(path).isEqualTo("/1.0/instances");
  }
}
