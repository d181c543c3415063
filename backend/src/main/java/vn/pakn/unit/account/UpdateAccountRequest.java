package vn.pakn.unit.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.pakn.unit.Role;

/** Edit an officer; the phone (the username) never changes. {@code version} is the one the client read. */
public record UpdateAccountRequest(
        @NotBlank @Size(max = 200) String fullName,
        @Schema(nullable = true) @Size(max = 200) String position,
        @Schema(nullable = true) @Email @Size(max = 254) String email,
        @NotNull Long unitId,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull Long version) {
}
