package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replies and forwards: the server threads them on the original (In-Reply-To, References, "Re:" or
 * "Fwd:") from the original as the send service describes it (docs/contracts/send.md).
 */
public final class ThreadedDrafts {

    private static final String FORWARD_MARK = "---------- Forwarded message ---------";

    private ThreadedDrafts() {
    }

    /**
     * The original message, as much of it as threading needs. {@code messageIdHeader} is the one the
     * gateway gave it, used when the send service's description lacks it.
     */
    public record Original(String messageIdHeader, String agentId, String subject, List<String> to, List<String> cc,
                           List<String> references, String from, String date, String text, String html) {

        public static Original of(JsonNode json, String knownMessageIdHeader) {
            String header = HeaderRules.messageId(json.path("message_id_header").asText(""));
            if (header == null && knownMessageIdHeader != null) {
                header = knownMessageIdHeader;
            }
            List<String> references = new ArrayList<>();
            json.path("references").forEach(r -> {
                String id = r.isTextual() ? HeaderRules.messageId(r.textValue()) : null;
                if (id != null) {
                    references.add(id);
                }
            });
            List<String> to = addresses(json.path("to"));
            if (to.isEmpty()) {
                to = addresses(json.path("recipients"));
            }
            JsonNode from = json.path("from");
            String fromText = from.isTextual() ? from.textValue()
                    : from.path("name").isTextual() ? from.get("name").textValue() + " <" + from.path("address").asText("") + ">"
                    : from.path("address").asText(null);
            return new Original(header, json.path("agent_id").asText(null), json.path("subject").asText(""), to,
                    addresses(json.path("cc")), references, fromText, json.path("created_at").asText(null),
                    json.path("text").isTextual() ? json.get("text").textValue() : null,
                    json.path("html").isTextual() ? json.get("html").textValue() : null);
        }

        private static List<String> addresses(JsonNode list) {
            List<String> out = new ArrayList<>();
            list.forEach(item -> {
                String address = item.isTextual() ? item.textValue() : item.path("address").asText(null);
                if (address != null && AddressRules.problem(AddressRules.normalise(address)) == null) {
                    out.add(AddressRules.normalise(address));
                }
            });
            return out;
        }

        /** References of a message answering this one: its own chain and then its Message-ID, at most 50 kept. */
        List<String> answeringReferences() {
            List<String> chain = new ArrayList<>(references);
            if (messageIdHeader != null && !chain.contains(messageIdHeader)) {
                chain.add(messageIdHeader);
            }
            if (chain.size() > MessageDraftParser.MAX_REFERENCES) {
                // keep the thread's root and the most recent ones (RFC 5322 3.6.4 allows trimming the middle)
                List<String> trimmed = new ArrayList<>(List.of(chain.get(0)));
                trimmed.addAll(chain.subList(chain.size() - MessageDraftParser.MAX_REFERENCES + 1, chain.size()));
                chain = trimmed;
            }
            return chain;
        }
    }

    public static MessageDraft reply(Original original, MessageDraft draft) {
        List<String> to = draft.to().isEmpty() ? original.to() : draft.to();
        List<String> cc = !draft.cc().isEmpty() ? draft.cc() : draft.replyAll() ? original.cc() : List.of();
        return draft.threaded(agent(original, draft), to, cc, prefixed("Re: ", original.subject(), "re:"),
                draft.text(), draft.html(), original.messageIdHeader(), original.answeringReferences());
    }

    public static MessageDraft forward(Original original, MessageDraft draft) {
        String block = FORWARD_MARK + "\n"
                + (original.from() == null ? "" : "From: " + original.from() + "\n")
                + (original.date() == null ? "" : "Date: " + original.date() + "\n")
                + "Subject: " + original.subject() + "\n"
                + (original.to().isEmpty() ? "" : "To: " + String.join(", ", original.to()) + "\n");
        String note = draft.text() == null ? "" : draft.text() + "\n\n";
        String text = note + block + "\n" + (original.text() == null ? "" : original.text());
        String html = null;
        if (draft.html() != null || original.html() != null) {
            String noteHtml = draft.html() != null ? draft.html() : draft.text() == null ? "" : "<p>" + escape(draft.text()) + "</p>";
            String body = original.html() != null ? original.html()
                    : original.text() == null ? "" : "<pre>" + escape(original.text()) + "</pre>";
            html = noteHtml + "<div>" + escape(block).replace("\n", "<br>\n") + "</div><blockquote>" + body + "</blockquote>";
        }
        return draft.threaded(agent(original, draft), draft.to(), draft.cc(), prefixed("Fwd: ", original.subject(), "fwd:", "fw:"),
                text, html, original.messageIdHeader(), original.answeringReferences());
    }

    private static String agent(Original original, MessageDraft draft) {
        return draft.agentRef() != null ? draft.agentRef() : original.agentId();
    }

    /** "Re: Hello", but never "Re: Re: Hello". */
    static String prefixed(String prefix, String subject, String... already) {
        String s = subject == null ? "" : subject.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String a : already) {
            if (lower.startsWith(a)) {
                return s;
            }
        }
        String out = prefix + s;
        return out.length() > HeaderRules.MAX_VALUE ? out.substring(0, HeaderRules.MAX_VALUE) : out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
