package vn.pakn.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ChangePasswordRequest(@NotBlank @Size(max = 1000) String currentPassword,
        @NotBlank @Size(max = 1000) String newPassword) {
}
