package io.github.patchwork4j.testkit.junit;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.testkit.FakePatchwork;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link PatchworkTest}: resolves {@link FakePatchwork},
 * {@link PatchworkClient} and {@link BlockingPatchworkClient} parameters. The server and client of
 * a test live in that test's {@link ExtensionContext.Store} and are closed with it; the extension
 * holds no state of its own. Usable directly with {@code @ExtendWith(PatchworkExtension.class)}
 * (then with the defaults of {@link PatchworkTest}).
 */
public final class PatchworkExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PatchworkExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakePatchwork.class || type == PatchworkClient.class || type == BlockingPatchworkClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // getOrComputeIfAbsent: present from JUnit 5.10 on (6.x deprecates it for computeIfAbsent,
    // which 5.x lacks). Running is AutoCloseable, which JUnit 5.10 and 6 both close with the store.
    Running running = context.getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, k -> start(context), Running.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == FakePatchwork.class) {
      return running.fake;
    }
    if (type == PatchworkClient.class) {
      return running.client;
    }
    return running.client.blocking();
  }

  private static Running start(ExtensionContext context) {
    PatchworkTest options = options(context);
    ApiVersion version;
    try {
      version = ApiVersion.of(options == null ? "1.3" : options.apiVersion());
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException("@PatchworkTest(apiVersion = ...): " + e.getMessage(), e);
    }
    FakePatchwork.Builder builder = FakePatchwork.builder().maxApiVersion(version);
    if (options != null && !options.dataset().isEmpty()) {
      builder.dataset(Path.of(options.dataset()));
    } else if (options != null && options.emptyDataset()) {
      builder.emptyDataset();
    }
    FakePatchwork fake = builder.start();
    try {
      String user = options == null ? "maint" : options.user();
      PatchworkClient.Builder client = PatchworkClient.builder().baseUrl(fake.baseUrl()).apiVersion(version);
      if (!user.isEmpty()) {
        client.token(fake.tokenFor(user));
      }
      return new Running(fake, client.build());
    } catch (RuntimeException e) {
      fake.close();
      throw e;
    }
  }

  private static PatchworkTest options(ExtensionContext context) {
    Optional<PatchworkTest> onMethod = context.getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, PatchworkTest.class));
    if (onMethod.isPresent()) {
      return onMethod.get();
    }
    return context.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, PatchworkTest.class)).orElse(null);
  }

  /** The server and client of one test; closed by JUnit when the test's store closes. */
  private static final class Running implements AutoCloseable {
    private final FakePatchwork fake;
    private final PatchworkClient client;

    Running(FakePatchwork fake, PatchworkClient client) {
      this.fake = fake;
      this.client = client;
    }

    @Override
    public void close() {
      try {
        client.close();
      } finally {
        fake.close();
      }
    }
  }
}
