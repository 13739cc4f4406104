package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each accepted filter was accepted by LXD 5.0.2; each rejected one LXD failed or misread. */
class FilterSyntaxTest {
  @Test
  void wellFormedFiltersPass() {
    for (String filter :
        new String[] {
          "",
          "status eq Running",
          "name eq a and status ne Stopped",
          "(name eq a)",
          "not name eq a",
          "name eq \"a b\"",
          "name eq a or (status eq Running and not name eq b)"
        }) {
      assertThatCode(() -> FilterSyntax.check(filter)).as(filter).doesNotThrowAnyException();
    }
  }

  @Test
  void clauseWithoutValueIsRejected() {
    assertThatThrownBy(() -> FilterSyntax.check("status eq"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("'status eq'")
        .hasMessageContaining("key op value");
  }

  @Test
  void malformedFiltersAreRejected() {
    for (String filter :
        new String[] {
          "((",
          "(name eq a",
          "name eq a)",
          "name",
          "name eq a b",
          "name eq a and",
          "()",
          "name eq \"a"
        }) {
      assertThatThrownBy(() -> FilterSyntax.check(filter))
          .as(filter)
          .isInstanceOf(ParameterException.class);
    }
  }
}
