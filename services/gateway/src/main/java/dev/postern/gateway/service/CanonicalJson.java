package dev.postern.gateway.service;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One spelling per JSON value — object keys sorted at every level, no white space — so that two
 * bodies that mean the same thing hash the same, whatever order or spacing the client used.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** SHA-256 (hex) of {@code method \n path \n canonical(body)}: what an Idempotency-Key is bound to. */
    public static String requestHash(String method, String path, JsonNode body) {
        String canonical = method + "\n" + path + "\n" + (body == null ? "" : write(body));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else {
            out.append(node.toString()); // numbers, booleans, null: Jackson's own spelling
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
