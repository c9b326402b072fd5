package dev.postern.inboundscanner.scanner.embedding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary mails written by the project ({@code carriers.txt}): the passage model learns from them how sentences of
 * real mail relate to the rest of their message, and exemplar sentences are placed into them during training.
 */
public record CarrierSet(List<Carrier> carriers) {

    private static final String RESOURCE = "/dev/postern/inboundscanner/scanner/carriers.txt";

    /** One mail: what kind of mail it is, its subject and body. */
    public record Carrier(String kind, String subject, String body) {
    }

    public CarrierSet {
        carriers = List.copyOf(carriers);
    }

    public static CarrierSet bundled() {
        try (InputStream stream = CarrierSet.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("carrier mails missing from classpath: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks start with {@code === kind | subject}; {@code #} lines before the first block are comments. */
    static CarrierSet parse(BufferedReader reader) throws IOException {
        List<Carrier> carriers = new ArrayList<>();
        String kind = null;
        String subject = null;
        StringBuilder body = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("=== ")) {
                if (kind != null) {
                    carriers.add(new Carrier(kind, subject, body.toString().strip()));
                }
                String header = line.substring(4);
                int bar = header.indexOf('|');
                if (bar <= 0) {
                    throw new IllegalStateException("carrier header without 'kind | subject': " + line);
                }
                kind = header.substring(0, bar).strip();
                subject = header.substring(bar + 1).strip();
                body.setLength(0);
            } else if (kind != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalStateException("text before the first carrier header: " + line);
            }
        }
        if (kind != null) {
            carriers.add(new Carrier(kind, subject, body.toString().strip()));
        }
        return new CarrierSet(carriers);
    }
}
