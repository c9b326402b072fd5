package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.config.PipelineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw MIME to {@link ParsedMail}, within explicit limits (header count and length, nesting depth, part count,
 * attachment count and size, text size). Iterative, never recursive; a malformed, truncated or hostile message never
 * throws out of here — what could not be read becomes a {@link ParsedMail.Problem} with its reason.
 */
@ApplicationScoped
public class MimeParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}");
    private static final int MAX_REFERENCES = 100;

    private final PipelineSettings.Limits limits;
    private final Session session;

    public MimeParser(PipelineSettings settings) {
        this.limits = settings.limits();
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(p);
    }

    public ParsedMail parse(byte[] raw) {
        List<ParsedMail.Problem> problems = new ArrayList<>(
                HeaderSectionCheck.check(raw, limits.maxHeaders(), limits.maxHeaderChars()));
        if (problems.stream().anyMatch(ParsedMail.Problem::hard)) {
            return ParsedMail.unreadable(problems);
        }
        try {
            return read(new MimeMessage(session, new ByteArrayInputStream(raw)), problems);
        } catch (Exception e) {
            problems.add(new ParsedMail.Problem("mime.malformed", "the message cannot be parsed: " + e.getClass().getSimpleName(), true));
            return ParsedMail.unreadable(problems);
        }
    }

    private ParsedMail read(MimeMessage message, List<ParsedMail.Problem> problems) throws Exception {
        if (message.getHeader("From") == null && message.getHeader("Content-Type") == null
                && message.getHeader("Subject") == null && message.getHeader("Message-ID") == null) {
            problems.add(new ParsedMail.Problem("mime.malformed", "no RFC 5322 header fields were found", true));
            return ParsedMail.unreadable(problems);
        }
        Body body = new Body();
        walk(message, body, problems);
        String[] from = from(message);
        String inReplyTo = first(ids(header(message, "In-Reply-To")));
        List<String> references = ids(header(message, "References"));
        String[] auth = message.getHeader("Authentication-Results");
        return new ParsedMail(from[0], from[1], subject(message), first(ids(header(message, "Message-ID"))), inReplyTo,
                references, cap(body.text.toString(), problems), cap(body.html.toString(), problems),
                List.copyOf(body.attachments), auth == null ? List.of() : List.of(auth), List.copyOf(problems));
    }

    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();
        int parts;
    }

    private record Node(Part part, int depth, boolean forwarded) {
    }

    private void walk(MimeMessage root, Body body, List<ParsedMail.Problem> problems) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(root, 0, false));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (++body.parts > limits.maxParts()) {
                problems.add(new ParsedMail.Problem("mime.too-many-parts", "more than " + limits.maxParts() + " MIME parts", true));
                return;
            }
            if (node.depth > limits.maxDepth()) {
                problems.add(new ParsedMail.Problem("mime.nesting-too-deep", "MIME nesting deeper than " + limits.maxDepth(), true));
                return;
            }
            try {
                visit(node, pending, body, problems);
            } catch (Exception e) {
                problems.add(new ParsedMail.Problem("mime.part-unreadable",
                        "a MIME part could not be read (" + e.getClass().getSimpleName() + "); the rest was kept", false));
            }
        }
    }

    private void visit(Node node, Deque<Node> pending, Body body, List<ParsedMail.Problem> problems) throws Exception {
        Part part = node.part;
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                List<Node> children = new ArrayList<>();
                for (int i = 0; i < multipart.getCount() && i <= limits.maxParts(); i++) {
                    children.add(new Node(multipart.getBodyPart(i), node.depth + 1, node.forwarded));
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i)); // document order
                }
            }
            return;
        }
        if (type.equals("message/rfc822") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            if (content instanceof MimeMessage nested) {
                pending.push(new Node(nested, node.depth + 1, true));
            }
            return;
        }
        boolean attachment = node.forwarded || Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || filename(part) != null
                || !(type.equals("text/plain") || type.equals("text/html"));
        if (!attachment) {
            String text = text(part, Integer.MAX_VALUE, problems);
            (type.equals("text/html") ? body.html : body.text).append(body.text.isEmpty() || type.equals("text/html") ? "" : "\n").append(text);
            return;
        }
        String name = filename(part) == null ? (node.forwarded ? "forwarded-message" : "unnamed") : filename(part);
        if (body.attachments.size() >= limits.maxAttachments()) {
            if (body.attachments.size() == limits.maxAttachments()) {
                problems.add(new ParsedMail.Problem("attachments.too-many",
                        "more than " + limits.maxAttachments() + " attachments; the rest were not read", false));
            }
            body.attachments.add(new ParsedMail.Attachment(name, type, Math.max(part.getSize(), 0), null));
            return;
        }
        String text = isTextLike(type) ? text(part, limits.maxAttachmentBytes(), problems) : null;
        body.attachments.add(new ParsedMail.Attachment(name, type, Math.max(part.getSize(), 0), text));
    }

    /** The decoded text of a part, at most {@code maxBytes} bytes of it, in its declared charset (UTF-8 when unknown). */
    private static String text(Part part, int maxBytes, List<ParsedMail.Problem> problems) throws Exception {
        Charset charset = charset(part, problems);
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? Integer.MAX_VALUE - 8 : maxBytes + 1);
            if (bytes.length > maxBytes) {
                problems.add(new ParsedMail.Problem("attachments.too-large",
                        "an attachment is larger than " + maxBytes + " bytes; only its start was read", false));
                return new String(bytes, 0, maxBytes, charset);
            }
            return new String(bytes, charset);
        }
    }

    private static Charset charset(Part part, List<ParsedMail.Problem> problems) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (Exception e) {
            problems.add(new ParsedMail.Problem("mime.unknown-charset", "an unknown charset was read as UTF-8", false));
            return StandardCharsets.UTF_8;
        }
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "text/plain"; // RFC 2045: an unreadable Content-Type means text/plain
        }
    }

    private static boolean isTextLike(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml")
                || type.endsWith("+xml") || type.endsWith("+json") || type.equals("application/csv")
                || type.equals("message/rfc822") || type.equals("application/x-yaml") || type.equals("application/yaml");
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (Exception e) {
            return null;
        }
    }

    private static String filename(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name).strip();
        } catch (Exception e) {
            return "unnamed";
        }
    }

    private String cap(String text, List<ParsedMail.Problem> problems) {
        if (text.length() <= limits.maxTextChars()) {
            return text;
        }
        problems.add(new ParsedMail.Problem("text.truncated", "body text beyond " + limits.maxTextChars() + " characters was cut", false));
        return text.substring(0, limits.maxTextChars());
    }

    private static String[] from(MimeMessage message) {
        String raw = header(message, "From");
        if (raw == null) {
            return new String[] {null, null};
        }
        try {
            Address[] parsed = InternetAddress.parseHeader(raw, false);
            if (parsed.length > 0 && parsed[0] instanceof InternetAddress a && a.getAddress() != null && a.getAddress().contains("@")) {
                return new String[] {a.getAddress().toLowerCase(Locale.ROOT), a.getPersonal()};
            }
        } catch (Exception e) {
            // fall through to the lenient reading below
        }
        Matcher m = BARE_ADDRESS.matcher(raw);
        return new String[] {m.find() ? m.group().toLowerCase(Locale.ROOT) : null, null};
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (Exception e) {
            String raw = header(message, "Subject");
            return raw == null ? "" : raw;
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, " ");
        } catch (Exception e) {
            return null;
        }
    }

    static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find() && ids.size() < MAX_REFERENCES) {
            ids.add(m.group());
        }
        return ids;
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
