package org.example.plain;

import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Starts a FakePatchwork without JUnit or the client, and talks to it over plain HTTP. */
public final class Main {

  public static void main(String[] args) throws Exception {
    for (String absent : new String[] {"org.junit.jupiter.api.Test", "io.github.patchwork4j.client.PatchworkClient"}) {
      try {
        Class.forName(absent);
        throw new AssertionError(absent + " is on the classpath; it should not be");
      } catch (ClassNotFoundException expected) {
        System.out.println("absent: " + absent);
      }
    }
    HttpClient http = HttpClient.newHttpClient();
    try (FakePatchwork fake = FakePatchwork.builder().emptyDataset().start()) {
      Patch given = fake.givenPatch(Fixtures.patch().name("plain: no junit here").build());
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(
          URI.create(fake.baseUrl() + "/api/1.3/patches/?project=alpha")).build(),
          HttpResponse.BodyHandlers.ofString());
      check(list.statusCode() == 200, "GET patches: " + list.statusCode());
      check(list.body().contains("plain: no junit here"), "the given patch is listed: " + list.body());

      HttpResponse<String> patch = http.send(HttpRequest.newBuilder(
          URI.create(fake.baseUrl() + "/api/1.3/patches/" + given.id() + "/"))
          .header("Authorization", "Token " + fake.tokenFor("maint"))
          .header("Content-Type", "application/json")
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"state\": \"accepted\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      check(patch.statusCode() == 200, "PATCH: " + patch.statusCode() + " " + patch.body());

      HttpResponse<String> read = http.send(HttpRequest.newBuilder(
          URI.create(fake.baseUrl() + "/api/1.3/patches/" + given.id() + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      check(read.body().contains("\"state\":\"accepted\"") || read.body().contains("\"state\": \"accepted\""),
          "the state reads back: " + read.body());
      System.out.println("FakePatchwork answered without JUnit: patch " + given.id() + " accepted");
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
