package vn.pakn.common.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Builds problems with messages in the caller's language: Vietnamese unless the client prefers English. */
public final class Problems {

    static final String FIELD_KEY_PREFIX = "field.";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Problems() {
    }

    public static Problem of(int status, String code, String acceptLanguage, List<Problem.FieldError> errors,
            Object... args) {
        ResourceBundle bundle = bundle(acceptLanguage);
        List<Problem.FieldError> localized = errors == null || errors.isEmpty() ? null
                : errors.stream().map(e -> new Problem.FieldError(e.field(), fieldMessage(bundle, e.message()))).toList();
        return new Problem(Problem.TYPE_BASE + code, code, text(bundle, code + ".title", args), status,
                text(bundle, code + ".detail", args), null, localized);
    }

    /** Messages of Bean Validation constraints arrive already translated; our own keys start with "field.". */
    private static String fieldMessage(ResourceBundle bundle, String message) {
        return message.startsWith(FIELD_KEY_PREFIX) ? text(bundle, message) : message;
    }

    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String chosen = Locale.lookupTag(ranges, List.of("vi", "en"));
            return chosen == null ? VIETNAMESE : Locale.forLanguageTag(chosen);
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    private static ResourceBundle bundle(String acceptLanguage) {
        return ResourceBundle.getBundle("problems", locale(acceptLanguage), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle bundle, String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
