package vn.pakn.auth;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a chosen password must satisfy (ASVS V6.2): at least {@value #MIN_LENGTH} characters, not the officer's phone
 * number in any form, not a common password (case-insensitive), not the current one. Returns message keys
 * ({@code field.<key>} in problems.properties) rather than throwing, so that all violations are reported at once.
 */
@Startup
@ApplicationScoped
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** Generous (ASVS asks for at least 64); only a bound on work and storage, never a truncation. */
    static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "auth/common-passwords.txt";

    private final Set<String> common;

    /** Loads the shipped list once, at start-up (not on a request's event loop). */
    public PasswordPolicy() {
        this(loadCommonPasswords());
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** @param phone the account's phone number in E.164 */
    public List<String> violations(String password, String phone, String currentPassword) {
        List<String> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add("password-too-short");
        }
        if (length > MAX_LENGTH) {
            violations.add("password-too-long");
        }
        if (containsPhone(password, phone)) {
            violations.add("password-contains-phone");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add("password-too-common");
        }
        if (password.equals(currentPassword)) {
            violations.add("password-same-as-current");
        }
        return violations;
    }

    /**
     * The national number (+84 982 123 456 → 982123456) is inside every written form (0982…, 84982…, +84982…), so
     * looking for it, once separators are dropped, finds them all.
     */
    private static boolean containsPhone(String password, String phone) {
        String digits = phone.replaceAll("\\D", "");
        String national = digits.startsWith("84") ? digits.substring(2) : digits;
        String compact = password.replaceAll("[\\s.()+-]", "");
        return compact.contains(national);
    }

    static Set<String> loadCommonPasswords() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.strip().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
