/**
 * The JSON mapping of the model: {@link io.github.patchwork4j.model.json.PatchworkJson#mapper()}
 * reads what any Patchwork server sends and writes model objects back the way the server writes
 * them.
 */
package io.github.patchwork4j.model.json;
