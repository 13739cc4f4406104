package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.project.ProjectState;
import org.junit.jupiter.api.Test;

class ProjectRepliesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void stateReadsLxdCapitalizedFields() throws Exception {
    String reply =
        "{'resources':{'instances':{'Limit':3,'Usage':1},'memory':{'Limit':-1,'Usage':0}}}";

    ProjectState state = ProjectReplies.projectState(JSON.readTree(reply.replace('\'', '"')), "p");

    assertThat(state.resources().get("instances")).isEqualTo(new ProjectState.ResourceUsage(3, 1));
    assertThat(state.resources().get("memory").isLimited()).isFalse();
  }

  @Test
  void stateReadsLowerCaseFieldsToo() throws Exception {
    String reply = "{'resources':{'cpu':{'limit':4,'usage':2}}}";

    ProjectState state = ProjectReplies.projectState(JSON.readTree(reply.replace('\'', '"')), "p");

    assertThat(state.resources().get("cpu")).isEqualTo(new ProjectState.ResourceUsage(4, 2));
  }
}
