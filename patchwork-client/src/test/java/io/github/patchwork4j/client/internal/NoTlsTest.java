package io.github.patchwork4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The TLS context of a client whose server is plain {@code http://}. */
class NoTlsTest {

  @Test
  void itGivesParametersButRefusesEveryTlsConnectionSayingWhy() {
    assertThat(NoTls.context().getDefaultSSLParameters()).isNotNull();
    assertThatThrownBy(() -> NoTls.context().createSSLEngine("patchwork.example.org", 443))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> NoTls.context().getSocketFactory()).isInstanceOf(UnsupportedOperationException.class);
  }
}
