package io.github.patchwork4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.model.ApiVersion;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://pw.example.org", "https://pw.example.org/", "https://pw.example.org/api",
      "https://pw.example.org/api/", "https://pw.example.org//api//"})
  void acceptsTheSiteRootInEveryForm(String text) {
    BaseUrl base = BaseUrl.parse(text);
    assertThat(base.root()).isEqualTo(URI.create("https://pw.example.org/"));
    assertThat(base.pinnedVersion()).isEmpty();
    assertThat(base.api(ApiVersion.V1_3)).isEqualTo(URI.create("https://pw.example.org/api/1.3/"));
    assertThat(base.api(null)).isEqualTo(URI.create("https://pw.example.org/api/"));
  }

  @Test
  void aVersionedUrlPinsTheVersion() {
    BaseUrl base = BaseUrl.parse("https://pw.example.org/api/1.2");
    assertThat(base.pinnedVersion()).contains(ApiVersion.V1_2);
    assertThat(base.root()).isEqualTo(URI.create("https://pw.example.org/"));
  }

  @Test
  void keepsASubPathInstall() {
    BaseUrl base = BaseUrl.parse("https://host.example/patchwork/api/1.3/");
    assertThat(base.root()).isEqualTo(URI.create("https://host.example/patchwork/"));
    assertThat(base.api(ApiVersion.V1_3)).isEqualTo(URI.create("https://host.example/patchwork/api/1.3/"));
    assertThat(BaseUrl.parse("https://host.example/patchwork").root())
        .isEqualTo(URI.create("https://host.example/patchwork/"));
  }

  @Test
  void refusesCredentialsInTheUrlWithoutRepeatingThem() {
    assertThatThrownBy(() -> BaseUrl.parse("https://maint:s3cret-pass@pw.example.org/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basicAuth")
        .hasMessageNotContaining("s3cret-pass");
    // An '@' in the password makes java.net.URI give up on host and user info alike.
    for (String url : new String[] {"https://maint:s3cr@t@pw.example.org/", "https://maint:s3cr%t@pw.example.org/"}) {
      assertThatThrownBy(() -> BaseUrl.parse(url))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("s3cr");
    }
  }

  @Test
  void refusesWhatIsNotAnHttpSite() {
    assertThatThrownBy(() -> BaseUrl.parse("ftp://pw.example.org")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.parse("pw.example.org")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.parse("https://pw.example.org/?project=x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rebasesServerLinksOntoTheConfiguredOrigin() {
    BaseUrl base = BaseUrl.parse("https://pw.example.org/patchwork/");
    URI context = URI.create("https://pw.example.org/patchwork/api/1.3/patches/");

    assertThat(base.rebase(context, "http://internal:8000/patchwork/api/1.3/patches/?page=2&per_page=50"))
        .isEqualTo(URI.create("https://pw.example.org/patchwork/api/1.3/patches/?page=2&per_page=50"));
    assertThat(base.rebase(context, "/patchwork/project/alpha/patch/a@b/mbox/"))
        .isEqualTo(URI.create("https://pw.example.org/patchwork/project/alpha/patch/a@b/mbox/"));
    assertThat(base.rebase(context, "http://user:pw@evil.example/patchwork/api/"))
        .isEqualTo(URI.create("https://pw.example.org/patchwork/api/"));
    assertThatThrownBy(() -> base.rebase(context, "https://pw.example.org/other/api/1.3/patches/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base.rebase(context, "https://pw.example.org/patchwork/../admin/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentialsGoOnlyToTheBaseOrigin() {
    BaseUrl base = BaseUrl.parse("https://pw.example.org");
    assertThat(base.sameOrigin(URI.create("https://pw.example.org:443/api/"))).isTrue();
    assertThat(base.sameOrigin(URI.create("http://pw.example.org/api/"))).isFalse();
    assertThat(base.sameOrigin(URI.create("https://pw.example.org.evil/api/"))).isFalse();
    assertThat(base.sameOrigin(URI.create("https://pw.example.org:8443/api/"))).isFalse();
  }
}
