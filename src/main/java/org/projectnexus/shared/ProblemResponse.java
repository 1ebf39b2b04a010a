package org.projectnexus.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A refusal an endpoint gives beyond those every endpoint of its shape gives (bad JSON, a bad
 * token, a rate limit, ...), so the OpenAPI document lists it with its problem {@code type} and
 * an example. Put it on the controller method, next to the code that answers it, or on an
 * annotation of your own that several methods share.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

    /** The HTTP status, such as 409. */
    int status();

    /** The slug of the problem type: {@code handle-taken} for {@code urn:nexus:problem:handle-taken}. */
    String type();

    /** When it happens, as an example {@code detail}. */
    String detail();

    /** The problem's title; the status's reason phrase when empty. */
    String title() default "";

    @Documented
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ProblemResponse[] value();
    }
}
