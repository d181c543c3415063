package vn.pakn.common.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The key pair that signs access tokens: the configured PEM files, or a pair generated once into the data
 * directory (demo and tests). The key id is derived from the public key, so it changes when the key does.
 */
final class JwtKeys {

    private JwtKeys() {
    }

    static Map<String, String> ensure(Optional<String> privateKey, Optional<String> publicKey, Path keyDir)
            throws IOException {
        Path privatePem;
        Path publicPem;
        if (privateKey.isPresent() && publicKey.isPresent()) {
            privatePem = Path.of(privateKey.get());
            publicPem = Path.of(publicKey.get());
        } else {
            privatePem = keyDir.resolve("jwt-private.pem");
            publicPem = keyDir.resolve("jwt-public.pem");
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                generate(keyDir, privatePem, publicPem);
            }
        }
        return Map.of(
                "smallrye.jwt.sign.key.location", privatePem.toUri().toString(),
                "mp.jwt.verify.publickey.location", publicPem.toUri().toString(),
                "pakn.auth.key-id", keyId(publicPem));
    }

    private static void generate(Path keyDir, Path privatePem, Path publicPem) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(keyDir);
            OwnerOnlyFile.write(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the JWT key pair", e);
        }
    }

    private static String keyId(Path publicPem) throws IOException {
        try {
            String base64 = Files.readString(publicPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWT public key " + publicPem + " is not an RSA PEM key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
