package org.projectnexus.shared;

/** One invalid field of a request, as every validation error lists them: {@code {field, message}}. */
public record FieldProblem(String field, String message) {}
