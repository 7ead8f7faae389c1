/** patchwork4j model (placeholder; grows with its issue). */
package io.github.patchwork4j.model;
