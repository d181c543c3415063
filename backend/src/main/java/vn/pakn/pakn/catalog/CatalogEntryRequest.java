package vn.pakn.pakn.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator writes for a category or channel. */
public record CatalogEntryRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") String code,
        @NotBlank @Size(max = 200) String name,
        int sortOrder,
        boolean active) {
}
