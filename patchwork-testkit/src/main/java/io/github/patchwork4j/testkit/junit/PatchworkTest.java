package io.github.patchwork4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test its own {@link io.github.patchwork4j.testkit.FakePatchwork}: a test method (or
 * a {@code @BeforeEach}/{@code @AfterEach} method) may take a {@code FakePatchwork}, a {@code
 * PatchworkClient} pointed at it and a {@code BlockingPatchworkClient} as parameters; all
 * parameters of one test share one server, which stops when the test ends. Safe under JUnit's
 * parallel execution: nothing is shared between tests.
 *
 * <pre>{@code
 * @PatchworkTest
 * class TriageBotTest {
 *   @Test
 *   void acceptsReviewedPatches(FakePatchwork fake, PatchworkClient pw) { ... }
 * }
 * }</pre>
 *
 * <p>On a method it overrides the class's options.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PatchworkExtension.class)
public @interface PatchworkTest {

  /**
   * The newest API version the server serves, {@code "1.0"} to {@code "1.4"}; the injected client
   * uses it. Default {@code "1.3"}, like Patchwork 3.2.1.
   *
   * @return the newest API version the server serves, {@code "1.0"} to {@code "1.4"}
   */
  String apiVersion() default "1.3";

  /**
   * A data set directory (see {@code FakePatchwork.Builder#dataset}), relative to the working
   * directory; empty for the data set shipped in the testkit.
   *
   * @return a data set directory (see {@code FakePatchwork.Builder#dataset}), relative to the
   *     working directory
   */
  String dataset() default "";

  /**
   * {@code true} for a server with only the shipped data set's users and projects (see {@code
   * FakePatchwork.Builder#emptyDataset()}): the test adds the patches it is about. Ignored when
   * {@link #dataset()} names a directory. Default {@code false}, the full shipped data set.
   *
   * @return whether the server starts with users and projects only
   */
  boolean emptyDataset() default false;

  /**
   * The user whose token the injected client sends ({@code admin}, {@code maint}, {@code maint2},
   * {@code sub}, {@code other} in the shipped data set); empty for an anonymous client. Default
   * {@code maint}, maintainer of project {@code alpha}.
   *
   * @return the user whose token the injected client sends ({@code admin}, {@code maint}, {@code
   *     maint2}, {@code sub}, {@code other} in the shipped data set)
   */
  String user() default "maint";
}
