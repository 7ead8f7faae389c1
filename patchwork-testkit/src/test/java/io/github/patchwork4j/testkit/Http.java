package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Test helper: plain HTTP requests to a fake, as a client would send them. */
final class Http {

  private final FakePatchwork fake;
  private final String authorization;

  private Http(FakePatchwork fake, String authorization) {
    this.fake = fake;
    this.authorization = authorization;
  }

  static Http anonymous(FakePatchwork fake) {
    return new Http(fake, null);
  }

  static Http as(FakePatchwork fake, String user) {
    return new Http(fake, "Token " + fake.tokenFor(user));
  }

  static Http withHeader(FakePatchwork fake, String authorization) {
    return new Http(fake, authorization);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  HttpResponse<String> send(String method, String path, String json) {
    return sendRaw(method, path, json, json == null ? null : "application/json");
  }

  HttpResponse<String> sendRaw(String method, String path, String body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (body != null) {
      if (contentType != null) {
        b.header("Content-Type", contentType);
      }
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return Replay.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode json(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + Replay.abbreviate(r.body()));
    }
    return parse(r);
  }

  static JsonNode parse(HttpResponse<String> r) {
    try {
      return Replay.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + Replay.abbreviate(r.body()), e);
    }
  }
}
