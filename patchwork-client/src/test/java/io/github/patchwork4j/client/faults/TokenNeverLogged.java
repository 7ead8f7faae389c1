package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For every test of a class extended with it: records every log record of the client's
 * loggers (all levels) while the test runs, and fails the test when one shows
 * {@link FaultClient#TOKEN}. Part of {@link RedactionTest}'s promise, across the suite.
 */
final class TokenNeverLogged implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TokenNeverLogged.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NS).put("watch", new SecretWatch());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try (SecretWatch watch = context.getStore(NS).remove("watch", SecretWatch.class)) {
      assertThat(watch.leaks(FaultClient.TOKEN)).as("log records showing the token").isEmpty();
    }
  }
}
