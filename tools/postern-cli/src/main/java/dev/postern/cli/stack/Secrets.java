package dev.postern.cli.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local deployment's secrets, generated once into {@code .postern/secrets.env} (mode 600) and
 * reused by every later {@code up}, so that data written under one run stays readable by the next.
 * A secret added by a later version is generated on the next {@code up}; existing ones never change.
 */
public final class Secrets {

    public static final String INTERNAL_SECRET = "POSTERN_INTERNAL_SECRET";
    public static final String DB_PASSWORD = "POSTERN_DB_PASSWORD";
    public static final String S3_ACCESS_KEY = "POSTERN_S3_ACCESS_KEY";
    public static final String S3_SECRET_KEY = "POSTERN_S3_SECRET_KEY";
    /** Base64 of 32 bytes: the gateway's AES key for webhook signing secrets at rest. */
    public static final String WEBHOOKS_ENCRYPTION_KEY = "POSTERN_WEBHOOKS_ENCRYPTION_KEY";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ACCESS_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static final Map<String, Supplier<String>> GENERATORS = Map.of(
            INTERNAL_SECRET, () -> randomToken(32),
            DB_PASSWORD, () -> randomToken(24),
            S3_ACCESS_KEY, () -> "PSTN" + randomFrom(ACCESS_KEY_ALPHABET, 16),
            S3_SECRET_KEY, () -> randomToken(30),
            WEBHOOKS_ENCRYPTION_KEY, () -> randomKey(32));

    private final Map<String, String> values;

    private Secrets(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code file}, generating and saving any secret it lacks. */
    public static Secrets loadOrCreate(Path file) throws IOException {
        Map<String, String> values = EnvFile.read(file);
        boolean changed = false;
        for (String name : new String[] {INTERNAL_SECRET, DB_PASSWORD, S3_ACCESS_KEY, S3_SECRET_KEY, WEBHOOKS_ENCRYPTION_KEY}) {
            if (values.getOrDefault(name, "").isEmpty()) {
                values.put(name, GENERATORS.get(name).get());
                changed = true;
            }
        }
        if (changed) {
            EnvFile.write(file, values, "Secrets of this local Postern, generated once. Keep private; never commit.");
        } else {
            EnvFile.restrictToOwner(file);
        }
        return new Secrets(values);
    }

    /** Reads {@code file} without creating anything; for commands that need a running stack. */
    public static Secrets load(Path file) throws IOException {
        return new Secrets(EnvFile.read(file));
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new StackException("secret " + name + " is missing from the secrets file; run ./postern up");
        }
        return value;
    }

    /** Copy of every secret, for a child process's environment. */
    public Map<String, String> asMap() {
        return new LinkedHashMap<>(values);
    }

    static String randomToken(int bytes) {
        byte[] buf = new byte[bytes];
        RANDOM.nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    /** Standard base64 (with padding) of {@code bytes} random bytes: the form key settings take. */
    static String randomKey(int bytes) {
        byte[] buf = new byte[bytes];
        RANDOM.nextBytes(buf);
        return Base64.getEncoder().encodeToString(buf);
    }

    private static String randomFrom(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Secrets" + values.keySet();
    }
}
