package dev.postern.send.service;

import dev.postern.events.payload.SendRequestedV1;
import dev.postern.send.domain.CustomHeaders;
import dev.postern.send.domain.EmailAddresses;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The send service's own check of a request the gateway already validated (defence in depth: a
 * request that would compose a broken or dangerous mail is recorded as failed, never transmitted).
 */
public final class SendRequestCheck {

    public static final Pattern MESSAGE_ID = Pattern.compile("msg_[0-9A-Z]{26}");
    public static final Pattern MSG_ID_HEADER = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final Pattern AGENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    public static final int MAX_RECIPIENTS = 50;
    public static final int MAX_ATTACHMENTS = 10;
    public static final long MAX_ATTACHMENT_BYTES = 512 * 1024;

    private SendRequestCheck() {
    }

    /** A request that cannot even be recorded as a message: it goes to the dead-letter topic. */
    public static class UnusableRequestException extends RuntimeException {
        public UnusableRequestException(String message) {
            super(message);
        }
    }

    /** Throws when the request has no usable message or agent id; otherwise lists what is wrong with it. */
    public static List<String> problems(SendRequestedV1 r) {
        if (r.messageId() == null || !MESSAGE_ID.matcher(r.messageId()).matches()) {
            throw new UnusableRequestException("message_id is missing or not msg_<ULID>");
        }
        if (r.agentId() == null || !AGENT_ID.matcher(r.agentId()).matches()) {
            throw new UnusableRequestException("agent_id is missing or malformed");
        }
        List<String> problems = new ArrayList<>();
        if (r.messageIdHeader() == null || !MSG_ID_HEADER.matcher(r.messageIdHeader()).matches()) {
            problems.add("message_id_header must be <id@domain>");
        }
        if (r.from() == null || !EmailAddresses.isValid(r.from().address())) {
            problems.add("from.address is not a valid address");
        } else if (r.from().name() != null && r.from().name().chars().anyMatch(c -> c == '\r' || c == '\n')) {
            problems.add("from.name must be on one line");
        }
        if (r.subject() != null && r.subject().chars().anyMatch(c -> c == '\r' || c == '\n')) {
            problems.add("subject must be on one line");
        }
        if (!"live".equals(r.mode()) && !"test".equals(r.mode())) {
            problems.add("mode must be live or test");
        }
        recipients(r, problems);
        addresses("reply_to", r.replyTo(), problems);
        headers(r.headers(), problems);
        threading(r, problems);
        attachments(r.attachments(), problems);
        return problems;
    }

    private static void recipients(SendRequestedV1 r, List<String> problems) {
        Set<String> unique = new HashSet<>();
        addresses("to", r.to(), problems);
        addresses("cc", r.cc(), problems);
        addresses("bcc", r.bcc(), problems);
        for (List<String> list : List.of(nonNull(r.to()), nonNull(r.cc()), nonNull(r.bcc()))) {
            list.stream().filter(a -> a != null).map(EmailAddresses::normalize).forEach(unique::add);
        }
        if (unique.isEmpty()) {
            problems.add("to, cc or bcc must name at least one recipient");
        } else if (unique.size() > MAX_RECIPIENTS) {
            problems.add("at most " + MAX_RECIPIENTS + " recipients");
        }
    }

    private static void addresses(String field, List<String> addresses, List<String> problems) {
        List<String> list = nonNull(addresses);
        for (int i = 0; i < list.size(); i++) {
            if (!EmailAddresses.isValid(list.get(i))) {
                problems.add(field + "[" + i + "] is not a valid address");
            }
        }
    }

    private static void headers(Map<String, String> headers, List<String> problems) {
        if (headers == null) {
            return;
        }
        if (headers.size() > CustomHeaders.maxCount()) {
            problems.add("at most " + CustomHeaders.maxCount() + " headers");
        }
        headers.forEach((name, value) -> CustomHeaders.problem(name, value).ifPresent(p -> problems.add("headers: " + p)));
    }

    private static void threading(SendRequestedV1 r, List<String> problems) {
        if (r.inReplyTo() != null && !MSG_ID_HEADER.matcher(r.inReplyTo()).matches()) {
            problems.add("in_reply_to must be <id@domain>");
        }
        List<String> refs = nonNull(r.references());
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i) == null || !MSG_ID_HEADER.matcher(refs.get(i)).matches()) {
                problems.add("references[" + i + "] must be <id@domain>");
            }
        }
    }

    private static void attachments(List<SendRequestedV1.Attachment> attachments, List<String> problems) {
        List<SendRequestedV1.Attachment> list = nonNull(attachments);
        if (list.size() > MAX_ATTACHMENTS) {
            problems.add("at most " + MAX_ATTACHMENTS + " attachments");
        }
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            SendRequestedV1.Attachment a = list.get(i);
            if (a == null || a.filename() == null || a.filename().isBlank()
                    || a.filename().chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
                problems.add("attachments[" + i + "].filename is missing or not a plain file name");
                continue;
            }
            try {
                total += Base64.getDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64()).length;
            } catch (IllegalArgumentException e) {
                problems.add("attachments[" + i + "].content_base64 is not base64");
            }
        }
        if (total > MAX_ATTACHMENT_BYTES) {
            problems.add("attachments exceed " + MAX_ATTACHMENT_BYTES + " bytes in total");
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
