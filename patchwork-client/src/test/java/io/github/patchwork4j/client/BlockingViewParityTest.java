package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of a resource group has its twin, same name and parameters, in the blocking view. */
class BlockingViewParityTest {

  static List<Class<?>[]> groups() {
    return List.of(
        new Class<?>[] {PatchResource.class, BlockingPatchResource.class},
        new Class<?>[] {CheckResource.class, BlockingCheckResource.class},
        new Class<?>[] {BundleResource.class, BlockingBundleResource.class},
        new Class<?>[] {CommentResource.class, BlockingCommentResource.class},
        new Class<?>[] {ProjectResource.class, BlockingProjectResource.class},
        new Class<?>[] {UserResource.class, BlockingUserResource.class},
        new Class<?>[] {SeriesResource.class, BlockingSeriesResource.class},
        new Class<?>[] {CoverResource.class, BlockingCoverResource.class},
        new Class<?>[] {PersonResource.class, BlockingPersonResource.class},
        new Class<?>[] {EventResource.class, BlockingEventResource.class},
        new Class<?>[] {DownloadResource.class, BlockingDownloadResource.class});
  }

  private static Set<String> signatures(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(BlockingViewParityTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  @ParameterizedTest
  @MethodSource("groups")
  void blockingViewHasEveryMethod(Class<?> async, Class<?> blocking) {
    assertThat(signatures(async)).isNotEmpty();
    assertThat(signatures(blocking)).as(blocking.getSimpleName()).containsAll(signatures(async));
  }
}
