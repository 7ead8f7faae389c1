/**
 * The client's machinery: transport, retries, negotiation, error mapping, pagination. Not
 * API: anything here may change without notice.
 */
package io.github.patchwork4j.client.internal;
