package io.github.patchwork4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The JDK HTTP client's read buffer size: 64 KiB unless the user chose one. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class ReadBuffersTest {

  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(ReadBuffers.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(ReadBuffers.PROPERTY);
    } else {
      System.setProperty(ReadBuffers.PROPERTY, saved);
    }
  }

  @Test
  void unsetItBecomes64KiB() {
    System.clearProperty(ReadBuffers.PROPERTY);
    ReadBuffers.preferLarge();
    assertThat(System.getProperty("jdk.httpclient.bufsize")).isEqualTo("65536");
  }

  @Test
  void aSizeTheUserChoseIsKept() {
    System.setProperty("jdk.httpclient.bufsize", "16384");
    ReadBuffers.preferLarge();
    assertThat(System.getProperty("jdk.httpclient.bufsize")).isEqualTo("16384");
  }
}
