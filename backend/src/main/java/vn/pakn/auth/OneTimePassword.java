package vn.pakn.auth;

import java.security.SecureRandom;

/** Initial and reset passwords: random, shown once, never chosen by an admin (ASVS V6.4.1, V6.4.6). */
public final class OneTimePassword {

    // no 0/O, 1/l/I: the admin may have to read it out over the phone
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
