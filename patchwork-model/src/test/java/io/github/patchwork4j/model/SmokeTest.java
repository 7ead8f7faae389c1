package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void seedsRoundTrip() throws Exception {
    ObjectMapper m = TestFixtures.strictMapper();
    for (String s : new String[] {"000_7151df8b5738894d.txt", "001_15451f3de9eb6f78.txt"}) {
      JsonNode body = TestFixtures.seedBody(s);
      Patch p = m.treeToValue(body, Patch.class);
      JsonNode back = m.valueToTree(p);
      assertThat(back).isEqualTo(body);
      assertThat(m.treeToValue(back, Patch.class)).isEqualTo(p);
    }
  }
}
