package org.projectnexus.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A registration as a form sends it; {@link Accounts#register} checks every constraint. */
public record NewMember(
        @NotBlank @Pattern(regexp = AuthController.HANDLE, message = AuthController.HANDLE_MESSAGE)
        String handle,

        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(max = 1000) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull(message = "choose BACKEND or FRONTEND") Track track,
        @Size(max = 50) String cohort) {}
