package dev.postern.send.service;

import dev.postern.send.domain.CustomHeaders;
import dev.postern.send.domain.MessageContent;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Composes the RFC 5322 message: From with display name, To and Cc (never Bcc), Reply-To, Subject,
 * the Message-ID the gateway assigned, Date, In-Reply-To and References, the caller's own headers,
 * text and HTML as multipart/alternative, attachments, and the RFC 8058 one-click unsubscribe
 * headers. A {@link Draft} is composed once per message; each recipient's copy differs only in its
 * List-Unsubscribe header.
 */
public final class MimeComposer {

    private static final Session SESSION = session();

    private MimeComposer() {
    }

    /** The message cannot be composed: nothing is transmitted and the message fails. */
    public static class CompositionException extends RuntimeException {
        public CompositionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the envelope and headers need beyond the content. */
    public record Envelope(String messageIdHeader, String fromAddress, String fromName, List<String> to, List<String> cc,
                           String subject, Instant date) {
    }

    /** A composed message waiting for its per-recipient unsubscribe header. */
    public static final class Draft {
        private final MimeMessage message;

        private Draft(MimeMessage message) {
            this.message = message;
        }

        /** The bytes of one recipient's copy. */
        public byte[] copyFor(String unsubscribeUrl, String unsubscribeMailto) {
            try {
                String value = "<" + unsubscribeUrl + ">" + (unsubscribeMailto == null ? "" : ", <" + unsubscribeMailto + ">");
                synchronized (message) {
                    message.setHeader("List-Unsubscribe", MimeUtility.fold("List-Unsubscribe: ".length(), value));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    message.writeTo(out);
                    return out.toByteArray();
                }
            } catch (MessagingException | IOException e) {
                throw new CompositionException("the message could not be written: " + e.getMessage(), e);
            }
        }
    }

    public static Draft compose(Envelope envelope, MessageContent content) {
        try {
            MimeMessage m = new FixedIdMimeMessage(SESSION, envelope.messageIdHeader());
            m.setFrom(new InternetAddress(envelope.fromAddress(), blankToNull(envelope.fromName()), "UTF-8"));
            if (!envelope.to().isEmpty()) {
                m.setHeader("To", MimeUtility.fold(4, InternetAddress.toString(addresses(envelope.to()))));
            }
            if (!envelope.cc().isEmpty()) {
                m.setHeader("Cc", MimeUtility.fold(4, InternetAddress.toString(addresses(envelope.cc()))));
            }
            if (!content.replyTo().isEmpty()) {
                m.setReplyTo(addresses(content.replyTo()));
            }
            m.setSubject(envelope.subject(), "UTF-8");
            m.setSentDate(Date.from(envelope.date()));
            if (content.inReplyTo() != null) {
                m.setHeader("In-Reply-To", content.inReplyTo());
            }
            if (!content.references().isEmpty()) {
                m.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", content.references())));
            }
            for (var header : content.headers().entrySet()) {
                String problem = CustomHeaders.problem(header.getKey(), header.getValue()).orElse(null);
                if (problem != null) {
                    throw new CompositionException(problem, null);
                }
                m.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2,
                        MimeUtility.encodeText(header.getValue(), "UTF-8", null)));
            }
            m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            body(m, content);
            m.saveChanges();
            return new Draft(m);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new CompositionException("the message could not be composed: " + e.getMessage(), e);
        }
    }

    private static void body(MimeMessage m, MessageContent content) throws MessagingException {
        boolean both = content.text() != null && content.html() != null;
        String subtype = content.text() == null && content.html() != null ? "html" : "plain";
        String single = content.text() != null ? content.text() : content.html() != null ? content.html() : "";
        if (content.attachments().isEmpty()) {
            if (both) {
                m.setContent(alternative(content));
            } else {
                m.setText(single, StandardCharsets.UTF_8.name(), subtype);
            }
            return;
        }
        MimeBodyPart main;
        if (both) {
            main = new MimeBodyPart();
            main.setContent(alternative(content));
        } else {
            main = textPart(single, subtype);
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(main);
        for (MessageContent.Attachment a : content.attachments()) {
            mixed.addBodyPart(attachment(a));
        }
        m.setContent(mixed);
    }

    private static MimeMultipart alternative(MessageContent content) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(content.text(), "plain"));
        alternative.addBodyPart(textPart(content.html(), "html"));
        return alternative;
    }

    private static MimeBodyPart textPart(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static MimeBodyPart attachment(MessageContent.Attachment a) throws MessagingException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64());
        } catch (IllegalArgumentException e) {
            throw new CompositionException("attachment " + a.filename() + " is not base64", e);
        }
        String type = contentType(a.contentType());
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(a.filename());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static String contentType(String declared) {
        if (declared == null || declared.isBlank()) {
            return "application/octet-stream";
        }
        try {
            return new ContentType(declared).toString();
        } catch (ParseException e) {
            return "application/octet-stream";
        }
    }

    private static InternetAddress[] addresses(List<String> list) throws MessagingException {
        InternetAddress[] out = new InternetAddress[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new InternetAddress(list.get(i), true);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Session session() {
        Properties props = new Properties();
        // RFC 2231 file names for non-ASCII attachment names.
        props.setProperty("mail.mime.encodefilename", "true");
        props.setProperty("mail.mime.encodeparameters", "true");
        return Session.getInstance(props);
    }

    /** Keeps the Message-ID the gateway assigned (and told the caller) instead of inventing one. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
