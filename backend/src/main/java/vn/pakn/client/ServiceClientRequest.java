package vn.pakn.client;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

public record ServiceClientRequest(@NotBlank @Size(max = 120) String name, @NotEmpty Set<String> scopes,
        @Min(1) @Max(100_000) int requestsPerMinute) {
}
