/** patchwork4j testkit (placeholder; grows with its issue). */
package io.github.patchwork4j.testkit;
