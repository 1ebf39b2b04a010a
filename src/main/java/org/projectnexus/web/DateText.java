package org.projectnexus.web;

/** A date for people ("3 Mar 2026") with its machine form, for {@code <time datetime>}. */
public record DateText(String text, String iso) {}
