package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static io.github.patchwork4j.client.testing.Json.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiIndex;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.User;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The index, projects, people and users read through the client for each prefix. */
class ProjectPeopleUserReadTest extends RecordingTest {

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsTheIndex(Prefix prefix) {
    JsonNode json = server.stub(prefix.rec("index")).json();
    try (PatchworkClient pw = prefix.client(server)) {
      ApiIndex index = pw.index().join();

      assertThat(index.patches()).isEqualTo(URI.create(text(json, "patches")));
      assertThat(index.events()).isEqualTo(URI.create(text(json, "events")));
      assertThat(index.bundles()).isEqualTo(URI.create(text(json, "bundles")));
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsProjectsByIdLinkNameAndList(Prefix prefix) {
    Recording list = stubList(prefix.rec("projects"));
    JsonNode byId = server.stub(prefix.rec("project-by-id")).json();
    JsonNode byName = server.stub(prefix.rec("project-by-linkname")).json();
    try (PatchworkClient pw = prefix.client(server)) {
      Project one = pw.projects().get(1).join();
      Project alpha = pw.projects().get("alpha").join();

      assertThat(pw.projects().list().toList().join()).extracting(Project::linkName)
          .containsExactly(list.json().findValuesAsText("link_name").toArray(String[]::new));
      assertThat(one.linkName()).isEqualTo(text(byId, "link_name"));
      assertThat(one.maintainers()).extracting(User::username)
          .containsExactlyElementsOf(byId.get("maintainers").findValuesAsText("username"));
      assertThat(alpha.id()).isEqualTo(byName.get("id").asInt());
      assertThat(alpha.listArchiveUrlFormat().orElse(null)).isEqualTo(text(byName, "list_archive_url_format"));
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsPeopleAndUsersWithAToken(Prefix prefix) {
    Recording people = stubList(prefix.rec("people"));
    JsonNode person = server.stub(prefix.rec("person")).json();
    Recording users = stubList(prefix.rec("users"));
    JsonNode self = server.stub(prefix.rec("user-self")).json();
    JsonNode other = server.stub(prefix.rec("user-other")).json();
    try (PatchworkClient pw = prefix.clientWithToken(server)) {
      assertThat(pw.people().list().toList().join()).extracting(Submitter::id)
          .containsExactlyElementsOf(ids(people.json()));
      assertThat(pw.people().get(1).join().email()).isEqualTo(text(person, "email"));
      assertThat(pw.users().list().toList().join()).extracting(User::username)
          .containsExactlyElementsOf(users.json().findValuesAsText("username"));

      User me = pw.users().get(2).join();
      assertThat(me.settings()).isPresent();
      assertThat(me.settings().get().itemsPerPage())
          .isEqualTo(self.get("settings").get("items_per_page").asInt());
      assertThat(pw.users().get(1).join().settings()).isEmpty();
      assertThat(pw.users().get(1).join().username()).isEqualTo(text(other, "username"));
    }
  }
}
