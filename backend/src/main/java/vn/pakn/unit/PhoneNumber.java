package vn.pakn.unit;

import java.util.Optional;

/**
 * Usernames are Vietnamese mobile numbers in E.164. Officers type them as "0982…", "84982…" or "+84 982 …";
 * all mean "+84982…".
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** The E.164 form, or empty when the input is not a plausible phone number. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "84" + digits.substring(1);
        }
        if (!digits.matches("[1-9][0-9]{7,14}")) {
            return Optional.empty();
        }
        if (digits.startsWith("84") && digits.length() != 11) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }
}
