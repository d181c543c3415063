package vn.pakn.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API keys look like {@code pakn_<prefix>_<secret>}: the prefix finds the client, the whole key is compared by
 * its SHA-256 (a random 190-bit key needs no slow hash).
 */
final class ApiKeys {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int PREFIX_LENGTH = 10;
    private static final int SECRET_LENGTH = 32;

    private ApiKeys() {
    }

    static String generate() {
        return "pakn_" + random(PREFIX_LENGTH) + "_" + random(SECRET_LENGTH);
    }

    static Optional<String> prefix(String key) {
        String[] parts = key.split("_");
        return parts.length == 3 && parts[0].equals("pakn") && parts[1].length() == PREFIX_LENGTH
                ? Optional.of(parts[1]) : Optional.empty();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
