package dev.postern.send;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a recipient's mailbox in the sink over IMAP, as a user's mail client would. */
public final class Mailboxes {

    private Mailboxes() {
    }

    /** Every message in {@code address}'s INBOX, detached from the IMAP connection. */
    public static List<MimeMessage> read(int imapPort, String address) {
        Properties props = new Properties();
        props.setProperty("mail.imap.connectiontimeout", "5000");
        props.setProperty("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, "any-password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> out = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                m.writeTo(bytes);
                out.add(new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray())));
            }
            inbox.close(false);
            return out;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox over IMAP: " + e.getMessage(), e);
        }
    }

    /** Messages in the mailbox whose Message-ID is {@code messageIdHeader}. */
    public static List<MimeMessage> withMessageId(int imapPort, String address, String messageIdHeader) {
        return read(imapPort, address).stream().filter(m -> {
            try {
                return messageIdHeader.equals(m.getMessageID());
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
