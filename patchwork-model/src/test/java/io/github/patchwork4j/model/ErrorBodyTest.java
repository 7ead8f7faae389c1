package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three error shapes of the recordings read into one type. */
class ErrorBodyTest {

  private final ObjectMapper strict = TestFixtures.strictMapper();

  @Test
  void detailAsString() throws Exception {
    JsonNode json = TestFixtures.recordedBody("errors/001-unknown-patch.json");
    ErrorBody body = strict.treeToValue(json, ErrorBody.class);
    assertThat(body.detail()).contains(json.get("detail").asText());
    assertThat(body.fieldErrors()).isEmpty();
    assertThat(body.summary()).isEqualTo(json.get("detail").asText());
  }

  @Test
  void detailAsArray() throws Exception {
    JsonNode json = TestFixtures.recordedBody("errors/027-json-array-body.json");
    assertThat(json.get("detail").isArray()).isTrue();
    ErrorBody body = strict.treeToValue(json, ErrorBody.class);
    assertThat(body.detail()).contains(json.get("detail").get(0).asText());
    assertThat(body.fieldErrors()).isEmpty();
  }

  @Test
  void fieldErrorsInTheServersOrder() throws Exception {
    JsonNode json = TestFixtures.recordedBody("errors/018-put-missing-fields.json");
    ErrorBody body = strict.treeToValue(json, ErrorBody.class);
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);

    assertThat(body.detail()).isEmpty();
    assertThat(body.fieldErrors().keySet()).containsExactlyElementsOf(fields);
    assertThat(body.fieldErrors().get("state")).containsExactly(json.get("state").get(0).asText());
    assertThat(body.summary()).contains("state: " + json.get("state").get(0).asText())
        .contains("delegate: ");
    assertThat(strict.readValue(strict.writeValueAsString(body), ErrorBody.class)).isEqualTo(body);
    assertThat(io.github.patchwork4j.model.WrittenJson.of(strict, body)).isEqualTo(json);
  }

  @Test
  void detailAndFieldErrorsTogetherAndNestedMessages() throws Exception {
    ErrorBody body = strict.readValue("{\"detail\":[\"a.\",\"b.\"],\"related\":{\"0\":[\"bad\"]},"
        + "\"state\":\"plain\"}", ErrorBody.class);
    assertThat(body.detail()).contains("a. b.");
    assertThat(body.fieldErrors().get("related")).containsExactly("0: bad");
    assertThat(body.fieldErrors().get("state")).containsExactly("plain");
    assertThat(body.fieldErrors()).doesNotContainKey("detail");
  }

  @Test
  void bareArrayOrStringBodyBecomesTheDetail() throws Exception {
    assertThat(strict.readValue("[\"x\", \"y\"]", ErrorBody.class).detail()).contains("x y");
    assertThat(strict.readValue("\"oops\"", ErrorBody.class).detail()).contains("oops");
    assertThat(strict.readValue("{}", ErrorBody.class).summary()).isEmpty();
  }
}
