package dev.postern.inboundscanner.scanner.embedding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The exemplars the classifier is trained on, read from the classpath: {@code exemplars-injection.txt} and
 * {@code exemplars-benign.txt}, one {@code family | sentence} a line, {@code #} for comments.
 */
public record ExemplarSet(List<Exemplar> exemplars, String fingerprint) {

    private static final String BASE = "/dev/postern/inboundscanner/scanner/";

    public ExemplarSet {
        exemplars = List.copyOf(exemplars);
    }

    public static ExemplarSet bundled() {
        List<Exemplar> all = new ArrayList<>();
        MessageDigest digest = sha256();
        read("exemplars-injection.txt", true, all, digest);
        read("exemplars-benign.txt", false, all, digest);
        return new ExemplarSet(all, HexFormat.of().formatHex(digest.digest()).substring(0, 10));
    }

    public static ExemplarSet of(List<Exemplar> exemplars) {
        MessageDigest digest = sha256();
        for (Exemplar exemplar : exemplars) {
            digest.update((exemplar.injection() + exemplar.text()).getBytes(StandardCharsets.UTF_8));
        }
        return new ExemplarSet(exemplars, HexFormat.of().formatHex(digest.digest()).substring(0, 10));
    }

    public long count(boolean injection) {
        return exemplars.stream().filter(e -> e.injection() == injection).count();
    }

    private static void read(String name, boolean injection, List<Exemplar> into, MessageDigest digest) {
        Map<String, Integer> perFamily = new HashMap<>();
        try (InputStream stream = ExemplarSet.class.getResourceAsStream(BASE + name)) {
            if (stream == null) {
                throw new IllegalStateException("exemplar file missing from classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int bar = trimmed.indexOf('|');
                if (bar <= 0) {
                    throw new IllegalStateException("exemplar line without 'family |': " + trimmed);
                }
                String family = trimmed.substring(0, bar).strip();
                String text = trimmed.substring(bar + 1).strip();
                int n = perFamily.merge(family, 1, Integer::sum);
                into.add(new Exemplar(family + "-" + n, family, text, injection));
                digest.update((injection + text).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
