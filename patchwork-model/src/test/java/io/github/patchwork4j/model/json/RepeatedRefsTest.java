package io.github.patchwork4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.TestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project, person or series an answer repeats is read once per answer, and never mixed up. */
class RepeatedRefsTest {

  private static final TypeReference<List<Patch>> PATCHES = new TypeReference<>() { };

  private static ObjectNode item() {
    return (ObjectNode) TestFixtures.recordedBody("v1.3/005-patches-alpha-page-1.json").get(0).deepCopy();
  }

  private static List<Patch> read(JsonNode page) throws Exception {
    return PatchworkJson.mapper().readValue(page.toString(), PATCHES);
  }

  @Test
  void thePatchesOfAPageShareOneProjectEqualToAFullRead() throws Exception {
    JsonNode page = TestFixtures.recordedBody("v1.3/005-patches-alpha-page-1.json");
    List<Patch> patches = read(page);
    assertThat(patches).hasSizeGreaterThan(2);
    assertThat(patches.get(2).project()).isSameAs(patches.get(0).project());
    for (Patch p : patches) {
      if (p.submitter().id() == patches.get(0).submitter().id()) {
        assertThat(p.submitter()).isSameAs(patches.get(0).submitter());
      }
    }
    Patch alone = PatchworkJson.mapper().readValue(page.get(2).toString(), Patch.class);
    assertThat(patches.get(2)).isEqualTo(alone);
  }

  @Test
  void anotherAnswerReadsTheProjectAgain() throws Exception {
    ObjectNode before = item();
    ObjectNode after = item();
    ((ObjectNode) after.get("project")).put("list_email", "moved@lists.example.org");
    Patch first = read(JsonNodeFactory.instance.arrayNode().add(before)).get(0);
    Patch second = read(JsonNodeFactory.instance.arrayNode().add(after)).get(0);
    assertThat(second.project().listEmail()).isEqualTo("moved@lists.example.org");
    assertThat(first.project().listEmail()).isNotEqualTo("moved@lists.example.org");
  }

  @Test
  void theSameUrlWithAnotherIdIsAnotherObject() throws Exception {
    ObjectNode a = item();
    ObjectNode b = item();
    ((ObjectNode) b.get("submitter")).put("id", 4242).put("name", "Someone Else");
    ArrayNode page = JsonNodeFactory.instance.arrayNode().add(a).add(b);
    List<Patch> patches = read(page);
    assertThat(patches.get(1).submitter().id()).isEqualTo(4242);
    assertThat(patches.get(1).submitter().name()).contains("Someone Else");
    assertThat(patches.get(0).submitter().name()).isNotEqualTo(java.util.Optional.of("Someone Else"));
  }
}
