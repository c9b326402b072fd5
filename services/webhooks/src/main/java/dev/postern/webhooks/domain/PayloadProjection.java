package dev.postern.webhooks.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What of an internal event's data a customer sees. Works on any JSON object, so event types that
 * appear later need no code here, only a line in {@link PublicEventMapping}.
 *
 * <p>Every projection drops storage internals (raw-MIME object keys, bucket names). {@link #METADATA_ONLY}
 * also drops every field that carries message content (text, HTML, subject, spotlighted text,
 * attachments, headers, evidence quotes): a quarantined message must not reach an agent's model
 * through its webhook.
 */
public enum PayloadProjection {

    /** The structured message as the pipeline produced it: sender, auth results, extracted and spotlighted text, score, verdict. */
    FULL,
    /** Ids, addresses, verdict, score, reasons and times; no content. */
    METADATA_ONLY;

    private static final Set<String> INTERNAL = Set.of("raw_object_key", "raw_s3_key", "s3_key", "s3_bucket", "bucket",
            "object_key", "storage_key", "raw_mime_key", "internal");
    private static final Set<String> CONTENT = Set.of("text", "html", "body", "subject", "snippet", "preview",
            "visible_text", "extracted_text", "spotlighted_text", "spotlighted", "attachments", "headers", "evidence",
            "raw", "raw_mime", "content", "quoted_text", "reply_text");
    private static final String[] CONTENT_SUFFIXES = {"_text", "_html", "_body", "_base64", "_content"};

    public ObjectNode apply(JsonNode data) {
        if (data == null || !data.isObject()) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode copy = ((ObjectNode) data).deepCopy();
        prune(copy);
        return copy;
    }

    /** Removes, at every depth, what this projection does not show. */
    private void prune(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (INTERNAL.contains(name) || name.startsWith("s3_") || (this == METADATA_ONLY && isContent(name))) {
                    fields.remove();
                } else {
                    prune(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(this::prune);
        }
    }

    private static boolean isContent(String name) {
        if (CONTENT.contains(name)) {
            return true;
        }
        for (String suffix : CONTENT_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
