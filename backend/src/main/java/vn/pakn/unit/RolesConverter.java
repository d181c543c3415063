package vn.pakn.unit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a role set as "LEADER,SPECIALIST" (in enum order, so equal sets store equally). */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles).stream()
                .map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
