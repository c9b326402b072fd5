package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.gateway.rest.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one JSON message request into a {@link MessageDraft}, or into the list of everything wrong
 * with it. The limits are those of the API documentation (services/gateway/README.md).
 */
public final class MessageDraftParser {

    public static final int MAX_RECIPIENTS = 50;
    public static final int MAX_REPLY_TO = 10;
    public static final int MAX_REFERENCES = 50;
    public static final Duration SCHEDULE_HORIZON = Duration.ofDays(30);
    /** A scheduled_at this little in the past is clock skew, not a mistake: the message goes at once. */
    private static final Duration SCHEDULE_SKEW = Duration.ofSeconds(60);

    private static final Set<String> COMMON = Set.of("agent", "cc", "bcc", "reply_to", "text", "html", "headers", "tags",
            "metadata", "attachments", "scheduled_at");
    private static final Set<String> NEW = union(COMMON, Set.of("to", "subject", "in_reply_to", "references"));
    private static final Set<String> REPLY = union(COMMON, Set.of("to", "reply_all"));
    private static final Set<String> FORWARD = union(COMMON, Set.of("to"));
    private static final Map<String, String> SERVER_SET = Map.of(
            "subject", "is set by the server for replies and forwards (\"Re: …\", \"Fwd: …\")",
            "in_reply_to", "is set by the server for replies and forwards",
            "references", "is set by the server for replies and forwards",
            "from", "is the agent's address: name the agent in 'agent'");

    private MessageDraftParser() {
    }

    /** Parses {@code node}; problems are added to {@code errors} with {@code prefix} before each field. */
    public static MessageDraft parse(JsonNode node, MessageDraft.Kind kind, String prefix, Instant now,
                                     List<Problem.FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new Problem.FieldError(prefix.isEmpty() ? "(body)" : prefix.substring(0, prefix.length() - 1),
                    "must be a JSON object"));
            return null;
        }
        int before = errors.size();
        FieldReader in = new FieldReader(node, prefix, errors);
        Set<String> allowed = switch (kind) {
            case NEW -> NEW;
            case REPLY -> REPLY;
            case FORWARD -> FORWARD;
        };
        in.refuseUnknown(allowed, kind == MessageDraft.Kind.NEW ? Map.of("from", SERVER_SET.get("from")) : SERVER_SET);

        String agent = in.string("agent", kind == MessageDraft.Kind.NEW, 100);
        if (agent != null && agent.isBlank()) {
            in.error("agent", "must name an agent (its id or its name)");
        }
        if (kind != MessageDraft.Kind.REPLY && !in.has("to")) {
            in.error("to", "is required (an address or an array of addresses)");
        }
        List<String> to = in.addresses("to", MAX_RECIPIENTS);
        List<String> cc = in.addresses("cc", MAX_RECIPIENTS);
        List<String> bcc = in.addresses("bcc", MAX_RECIPIENTS);
        List<String> replyTo = in.addresses("reply_to", MAX_REPLY_TO);
        if (kind != MessageDraft.Kind.REPLY && in.has("to") && to.isEmpty() && in.raw("to").isArray() && in.raw("to").isEmpty()) {
            in.error("to", "must name at least one recipient");
        }

        String subject = kind == MessageDraft.Kind.NEW ? in.headerString("subject", true, HeaderRules.MAX_VALUE) : null;
        if (subject != null && subject.isBlank()) {
            in.error("subject", "must not be blank");
        }
        int beforeBody = errors.size();
        String text = in.string("text", false, Integer.MAX_VALUE);
        String html = in.string("html", false, Integer.MAX_VALUE);
        if (kind != MessageDraft.Kind.FORWARD && errors.size() == beforeBody && blank(text) && blank(html)) {
            in.error("text", "a message needs a body: give text, html or both, not empty");
        }

        Map<String, String> headers = MessageExtrasParser.headers(in);
        var tags = MessageExtrasParser.tags(in);
        Map<String, String> metadata = MessageExtrasParser.metadata(in);
        var attachments = MessageExtrasParser.attachments(in);
        Instant scheduledAt = scheduledAt(in, now);
        String inReplyTo = null;
        List<String> references = new ArrayList<>();
        if (kind == MessageDraft.Kind.NEW) {
            inReplyTo = messageId(in, "in_reply_to");
            List<String> given = in.strings("references", MAX_REFERENCES, HeaderRules.MAX_MESSAGE_ID);
            for (int i = 0; i < given.size(); i++) {
                String id = HeaderRules.messageId(given.get(i));
                if (id == null) {
                    in.error("references[" + i + "]", "must be a Message-ID like <abc@example.com>");
                } else {
                    references.add(id);
                }
            }
        }
        Boolean replyAll = kind == MessageDraft.Kind.REPLY ? in.bool("reply_all") : null;

        MessageDraft draft = new MessageDraft(agent == null ? null : agent.strip(), to, cc, bcc, replyTo, subject, text, html,
                headers, tags, metadata, attachments, scheduledAt, inReplyTo, references, Boolean.TRUE.equals(replyAll));
        if (kind == MessageDraft.Kind.NEW) {
            checkRecipientCount(draft, prefix, errors);
        }
        return errors.size() == before ? draft : null;
    }

    /** At most 50 recipients in to, cc and bcc together; the field named is the list that goes over. */
    public static void checkRecipientCount(MessageDraft draft, String prefix, List<Problem.FieldError> errors) {
        int total = draft.recipientCount();
        if (total <= MAX_RECIPIENTS) {
            return;
        }
        String field = draft.to().size() > MAX_RECIPIENTS ? "to"
                : draft.to().size() + draft.cc().size() > MAX_RECIPIENTS ? "cc" : "bcc";
        errors.add(new Problem.FieldError(prefix + field, "too many recipients: " + total
                + " in to, cc and bcc together; at most " + MAX_RECIPIENTS + " per message"));
    }

    private static Instant scheduledAt(FieldReader in, Instant now) {
        String raw = in.string("scheduled_at", false, 64);
        if (raw == null) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            in.error("scheduled_at", "must be an ISO-8601 date-time with an offset, like 2026-12-24T09:00:00Z");
            return null;
        }
        if (at.isBefore(now.minus(SCHEDULE_SKEW))) {
            in.error("scheduled_at", "must not be in the past");
            return null;
        }
        if (at.isAfter(now.plus(SCHEDULE_HORIZON))) {
            in.error("scheduled_at", "must be at most 30 days ahead");
            return null;
        }
        return at;
    }

    private static String messageId(FieldReader in, String field) {
        String raw = in.string(field, false, HeaderRules.MAX_MESSAGE_ID);
        if (raw == null) {
            return null;
        }
        String id = HeaderRules.messageId(raw);
        if (id == null) {
            in.error(field, "must be a Message-ID like <abc@example.com>");
        }
        return id;
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
