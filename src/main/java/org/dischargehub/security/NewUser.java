package org.dischargehub.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewUser(
        @NotBlank(message = "a username is required") @Size(max = 40, message = "at most 40 characters")
        @Pattern(regexp = "^[A-Za-z0-9._@-]*$", message = "letters, digits and . _ @ - only") String username,
        @NotNull(message = "a password is required")
        @Size(min = UserAccountService.MIN_PASSWORD_LENGTH, max = 200,
                message = "between " + UserAccountService.MIN_PASSWORD_LENGTH + " and 200 characters") String password,
        @NotNull(message = "MDT, COORDINATOR, MANAGER, PROVIDER or CALLER is required") Role role,
        @Size(max = 40, message = "at most 40 characters") String providerCode) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", " + providerCode + "]";
    }
}
