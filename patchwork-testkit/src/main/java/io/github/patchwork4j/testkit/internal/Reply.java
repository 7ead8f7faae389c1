package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the fake server: status, headers in order, body bytes. */
public final class Reply {

  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;

  private Reply(int status, byte[] body) {
    this.status = status;
    this.body = body;
  }

  static Reply json(int status, JsonNode body) {
    return new Reply(status, Json.bytes(body)).header("Content-Type", "application/json");
  }

  /** DRF's generic error shape {@code {"detail": "..."}}. */
  static Reply detail(int status, String detail) {
    ObjectNode body = Json.object();
    body.put("detail", detail);
    return json(status, body);
  }

  static Reply text(int status, String contentType, String text) {
    return new Reply(status, text.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType);
  }

  static Reply empty(int status) {
    return new Reply(status, new byte[0]);
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Adds the headers, in their order. */
  Reply headers(java.util.Map<String, String> more) {
    headers.putAll(more);
    return this;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  public byte[] body() {
    return body.clone();
  }

  byte[] bodyBytes() {
    return body;
  }
}
