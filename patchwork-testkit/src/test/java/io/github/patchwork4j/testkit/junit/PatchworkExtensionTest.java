package io.github.patchwork4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.testkit.FakePatchwork;
import io.github.patchwork4j.testkit.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link PatchworkTest} injects, and its options. */
@PatchworkTest
class PatchworkExtensionTest {

  private FakePatchwork seenBefore;

  @BeforeEach
  void before(FakePatchwork fake) {
    seenBefore = fake;
  }

  @Test
  void oneServerPerTestSharedByEveryParameterOfIt(FakePatchwork fake, PatchworkClient client,
      BlockingPatchworkClient blocking) {
    assertThat(fake).isSameAs(seenBefore);
    assertThat(client.baseUrl().getPort()).isEqualTo(fake.baseUrl().getPort());
    assertThat(blocking.patches().get(1).id()).isEqualTo(1);
    assertThat(client.apiVersion().join()).isEqualTo(ApiVersion.V1_3);
  }

  @Test
  void theClientSendsMaintsTokenByDefault(FakePatchwork fake, BlockingPatchworkClient blocking) {
    assertThat(blocking.people().list().stream().findFirst()).isPresent();
    assertThat(fake.requests()).extracting(RecordedRequest::user).containsOnly(java.util.Optional.of("maint"));
  }

  @Test
  @PatchworkTest(apiVersion = "1.2", user = "")
  void optionsOnAMethodOverrideTheClass(FakePatchwork fake, PatchworkClient client) {
    assertThat(fake.maxApiVersion()).isEqualTo(ApiVersion.V1_2);
    assertThat(client.apiVersion().join()).isEqualTo(ApiVersion.V1_2);
    client.patches().get(1).join();
    assertThat(fake.requests()).allSatisfy(r -> {
      assertThat(r.user()).isEmpty();
      assertThat(r.path()).startsWith("/api/1.2/");
    });
  }

  @Test
  @PatchworkTest(user = "sub")
  void theUserOptionPicksWhoseTokenIsSent(FakePatchwork fake, BlockingPatchworkClient blocking) {
    blocking.patches().get(1);
    assertThat(fake.requests()).extracting(RecordedRequest::user).containsOnly(java.util.Optional.of("sub"));
  }
}
