/** patchwork4j examples (placeholder; grows with its issue). */
package io.github.patchwork4j.examples;
