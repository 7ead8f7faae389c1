/** JUnit Jupiter support: {@link io.github.patchwork4j.testkit.junit.PatchworkTest}. */
package io.github.patchwork4j.testkit.junit;
