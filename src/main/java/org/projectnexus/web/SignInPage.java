package org.projectnexus.web;

/**
 * The sign-in form.
 *
 * @param login what the visitor typed (never the password), to try again
 * @param error why the last attempt was refused, or {@code null}
 */
public record SignInPage(Layout layout, String login, String error) {}
