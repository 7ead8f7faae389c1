/** patchwork4j client (placeholder; grows with its issue). */
package io.github.patchwork4j.client;
