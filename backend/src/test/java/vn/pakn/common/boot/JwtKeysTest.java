package vn.pakn.common.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

    @Test
    void aGeneratedPrivateKeyIsTheOwnersOnlyAndKeptAcrossStarts(@TempDir Path dataDir) throws Exception {
        Path keys = dataDir.resolve("keys");
        Map<String, String> first = JwtKeys.ensure(Optional.empty(), Optional.empty(), keys);
        Path privatePem = keys.resolve("jwt-private.pem");
        assertTrue(Files.readString(privatePem).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privatePem)));
        assertEquals(first, JwtKeys.ensure(Optional.empty(), Optional.empty(), keys));
    }
}
