package dev.postern.audit.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain. Each row's hash is {@code SHA-256(prev_hash + "\n" + canonical(row))}, where the
 * canonical form is the row's fields as JSON with keys sorted at every level, no white space, and
 * the workspace's first row links to {@link #GENESIS}. Changing, removing or reordering any row
 * breaks every hash after it. A customer can recompute it from an export with any JSON library.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private AuditChain() {
    }

    /** Canonical JSON of an arbitrary JSON text (the event data): sorted keys, compact. */
    public static String canonicalJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(sorted(MAPPER.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data is not JSON", e);
        }
    }

    /** The canonical form of a row: every field that is hashed, nothing else. */
    public static String canonical(AuditEntry row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("action", row.action);
        ObjectNode actor = node.putObject("actor");
        actor.put("id", row.actorId);
        actor.put("ip", row.actorIp);
        actor.put("key_prefix", row.actorKeyPrefix);
        actor.put("type", row.actorType);
        actor.put("user_agent", row.actorUserAgent);
        node.put("category", row.category);
        node.put("correlation_id", row.correlationId);
        try {
            node.set("data", row.data == null ? null : sorted(MAPPER.readTree(row.data)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored data is not JSON", e);
        }
        node.put("event_id", row.eventId);
        node.put("event_type", row.eventType);
        node.put("occurred_at", row.occurredAt.toString());
        node.put("seq", row.seq);
        node.put("source", row.source);
        ObjectNode target = node.putObject("target");
        target.put("id", row.targetId);
        target.put("type", row.targetType);
        node.put("workspace_id", row.workspaceId);
        try {
            return MAPPER.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(String prevHash, AuditEntry row) {
        return sha256Hex(prevHash + "\n" + canonical(row));
    }

    /** The result of walking a chain. */
    public record Verification(boolean valid, long rows, long headSeq, String headHash, Long firstInvalidSeq, String reason) {
    }

    /** Walks rows in seq order, continuing from (expectedSeq - 1, prevHash). */
    public static final class Walker {
        private long nextSeq = 1;
        private String prevHash = GENESIS;
        private long rows;
        private Long firstInvalid;
        private String reason;

        public void accept(AuditEntry row) {
            rows++;
            if (firstInvalid != null) {
                return;
            }
            if (row.seq != nextSeq) {
                fail(nextSeq, "row " + nextSeq + " is missing");
                return;
            }
            if (!prevHash.equals(row.prevHash)) {
                fail(row.seq, "row " + row.seq + " does not link to the row before it");
                return;
            }
            if (!hash(prevHash, row).equals(row.hash)) {
                fail(row.seq, "row " + row.seq + " was altered after it was written");
                return;
            }
            prevHash = row.hash;
            nextSeq++;
        }

        private void fail(long seq, String why) {
            firstInvalid = seq;
            reason = why;
        }

        public Verification result(long headSeq, String headHash) {
            if (firstInvalid == null && (headSeq != nextSeq - 1 || !prevHash.equals(headHash))) {
                fail(nextSeq, "the chain ends before its recorded head (rows were removed)");
            }
            return new Verification(firstInvalid == null, rows, headSeq, headHash, firstInvalid, reason);
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo);
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> out.add(sorted(child)));
            return out;
        }
        return node;
    }
}
