package dev.postern.isolation;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The local stack's mail sink, read over IMAP as any mail client would: one mailbox per recipient
 * address, login = the address, any password ({@code POSTERN_SINK_IMAP}, e.g. imap://127.0.0.1:3143).
 */
final class MailSink {

    /** What a test checks of a received mail. */
    record Mail(String from, String messageId, String subject, String listUnsubscribe, String listUnsubscribePost,
                String inReplyTo, String body) {
    }

    private final String host;
    private final int port;

    MailSink(String imapUrl) {
        URI uri = URI.create(imapUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    List<Mail> inbox(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect(host, port, address, "any-password");
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
                List<Mail> out = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    out.add(new Mail(m.getFrom() == null ? null : m.getFrom()[0].toString(), first(m, "Message-ID"),
                            m.getSubject(), first(m, "List-Unsubscribe"), first(m, "List-Unsubscribe-Post"),
                            first(m, "In-Reply-To"), body(m)));
                }
                return out;
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the sink's mailbox over IMAP at " + host + ":" + port, e);
        }
    }

    private static String first(Message m, String header) throws MessagingException {
        String[] values = m.getHeader(header);
        return values == null || values.length == 0 ? null : values[0].replaceAll("\\r?\\n[ \\t]+", " ");
    }

    private static String body(Message m) {
        try {
            Object content = m.getContent();
            return content instanceof String s ? s : String.valueOf(content);
        } catch (Exception e) {
            return "";
        }
    }
}
