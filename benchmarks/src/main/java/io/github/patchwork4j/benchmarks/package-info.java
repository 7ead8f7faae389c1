/** patchwork4j benchmarks (placeholder; grows with its issue). */
package io.github.patchwork4j.benchmarks;
