package io.github.patchwork4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every model type of patchwork4j.
 *
 * <p>Each abstract value type {@code X} gets a public final implementation {@code ImmutableX} with
 * a builder ({@code X.builder()}, also {@code ImmutableX.builder()}), {@code withY(...)} copy
 * methods and {@code ImmutableX.copyOf(x)}. Generated code uses the JDK only (no Guava) and
 * carries no annotation that users would need on their class path. A builder's {@code Optional}
 * setter accepts {@code null} as "empty".
 *
 * <p>URLs are kept as the text the server sent and parsed only when asked: a public accessor such
 * as {@code Patch.url()} returns a {@code URI} made from a package-private attribute {@code
 * urlText()}, and the naming template {@code get = "*Text"} gives that attribute the name {@code
 * url}, so builders and {@code with} methods take the text ({@code url(String)}, {@code
 * webUrl(String)}). A malformed URL then fails where it is parsed, with an {@code
 * IllegalArgumentException}, not when the JSON is read.
 *
 * <p>Placed on the {@code package-info} of the model packages; not meant for user code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    get = {"*Text", "*"},
    jdkOnly = true,
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface PatchworkStyle {}
