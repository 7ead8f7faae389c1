package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailHeadersTest {

  private final ObjectMapper mapper = PatchworkJson.mapper();

  @Test
  void stringsAndArraysReadInOrderAndWriteBackTheSameShape() throws Exception {
    String json = "{\"Received\":[\"from a\",\"from b\"],\"Subject\":\"[PATCH] x\","
        + "\"X-Empty\":\"\",\"Message-Id\":\"<1@x>\"}";
    MailHeaders h = mapper.readValue(json, MailHeaders.class);

    assertThat(h.names()).containsExactly("Received", "Subject", "X-Empty", "Message-Id");
    assertThat(h.all("received")).containsExactly("from a", "from b");
    assertThat(h.first("RECEIVED")).contains("from a");
    assertThat(h.first("message-id")).contains("<1@x>");
    assertThat(h.first("X-Empty")).contains("");
    assertThat(h.first("Cc")).isEmpty();
    assertThat(h.all("Cc")).isEmpty();
    assertThat(h.contains("subject")).isTrue();
    assertThat(io.github.patchwork4j.model.WrittenJson.of(mapper, h)).isEqualTo(mapper.readTree(json));
    assertThat(mapper.writeValueAsString(h)).isEqualTo(json);
  }

  @Test
  void aNullHeaderValueIsToleratedAndWrittenBackAsNull() throws Exception {
    String json = "{\"Subject\":null,\"To\":\"a@b\",\"Cc\":[\"x\",null]}";
    MailHeaders h = mapper.readValue(json, MailHeaders.class);

    assertThat(h.contains("Subject")).isTrue();
    assertThat(h.first("Subject")).isEmpty();
    assertThat(h.all("Cc")).containsExactly("x");
    assertThat(mapper.writeValueAsString(h)).isEqualTo("{\"Subject\":null,\"To\":\"a@b\","
        + "\"Cc\":\"x\"}");
    assertThat(mapper.readValue(mapper.writeValueAsString(h), MailHeaders.class)).isEqualTo(h);
  }

  @Test
  void otherValuesAreKeptAsTextAndNullIsNoHeaders() throws Exception {
    MailHeaders h = mapper.readValue("{\"X-Count\":3,\"X-Flag\":true}", MailHeaders.class);
    assertThat(h.first("X-Count")).contains("3");
    assertThat(h.first("X-Flag")).contains("true");

    assertThat(mapper.readValue("null", MailHeaders.class)).isEqualTo(MailHeaders.empty());
    assertThatThrownBy(() -> mapper.readValue("[\"Subject\"]", MailHeaders.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }

  @Test
  void namesDifferingOnlyInCaseAreKeptApartButLookedUpTogether() throws Exception {
    MailHeaders h = MailHeaders.builder().add("X-Foo", "1").add("x-foo", "2").add("X-Foo", "3")
        .build();
    assertThat(h.names()).containsExactly("X-Foo", "x-foo");
    assertThat(h.all("X-FOO")).containsExactly("1", "3", "2");
    assertThat(h.asMap()).isEqualTo(Map.of("X-Foo", List.of("1", "3"), "x-foo", List.of("2")));
  }

  @Test
  void isImmutable() {
    MailHeaders h = MailHeaders.of(Map.of("To", List.of("a")));
    assertThatThrownBy(() -> h.asMap().put("Cc", List.of())).isInstanceOf(
        UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.all("To").add("b")).isInstanceOf(
        UnsupportedOperationException.class);
    assertThat(MailHeaders.builder().build()).isEqualTo(MailHeaders.empty());
  }

  @Test
  void orderMattersForEquality() {
    MailHeaders ab = MailHeaders.builder().add("A", "1").add("B", "2").build();
    MailHeaders ba = MailHeaders.builder().add("B", "2").add("A", "1").build();
    assertThat(ab).isNotEqualTo(ba);
  }
}
