package dev.postern.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTests {

    @TempDir
    Path dir;

    @Test
    void areGeneratedOnceAndReusedAfterwards() throws IOException {
        Path file = dir.resolve("secrets.env");

        Map<String, String> first = Secrets.loadOrCreate(file).asMap();
        Map<String, String> second = Secrets.loadOrCreate(file).asMap();

        assertThat(first).containsOnlyKeys(Secrets.INTERNAL_SECRET, Secrets.DB_PASSWORD,
                Secrets.S3_ACCESS_KEY, Secrets.S3_SECRET_KEY, Secrets.WEBHOOKS_ENCRYPTION_KEY);
        assertThat(java.util.Base64.getDecoder().decode(first.get(Secrets.WEBHOOKS_ENCRYPTION_KEY))).hasSize(32);
        assertThat(first.get(Secrets.INTERNAL_SECRET)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(second).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aMissingSecretIsAddedWithoutChangingTheOthers() throws IOException {
        Path file = dir.resolve("secrets.env");
        EnvFile.write(file, Map.of(Secrets.INTERNAL_SECRET, "kept-as-is", "LATER_SECRET", "also-kept"), null);

        Map<String, String> secrets = Secrets.loadOrCreate(file).asMap();

        assertThat(secrets).containsEntry(Secrets.INTERNAL_SECRET, "kept-as-is")
                .containsEntry("LATER_SECRET", "also-kept")
                .containsKey(Secrets.DB_PASSWORD);
        assertThat(EnvFile.read(file)).isEqualTo(secrets);
    }

    @Test
    void twoDeploymentsGetDifferentSecrets() throws IOException {
        Map<String, String> one = Secrets.loadOrCreate(dir.resolve("a.env")).asMap();
        Map<String, String> two = Secrets.loadOrCreate(dir.resolve("b.env")).asMap();

        assertThat(one.get(Secrets.INTERNAL_SECRET)).isNotEqualTo(two.get(Secrets.INTERNAL_SECRET));
        assertThat(one.get(Secrets.DB_PASSWORD)).isNotEqualTo(two.get(Secrets.DB_PASSWORD));
    }

    @Test
    void neverShowValuesWhenPrinted() throws IOException {
        Secrets secrets = Secrets.loadOrCreate(dir.resolve("secrets.env"));

        assertThat(secrets.toString()).doesNotContain(secrets.get(Secrets.INTERNAL_SECRET));
    }
}
