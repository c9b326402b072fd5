package dev.postern.send.client;

import dev.postern.send.config.SmtpSettings;
import dev.postern.send.domain.EmailAddresses;
import io.smallrye.mutiny.Uni;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.jboss.logging.Logger;

/**
 * SMTP through Jakarta Mail (Eclipse Angus): one session per message, one transaction per
 * recipient's copy, the exact composed bytes on the wire. Connect, read and write time out. Jakarta
 * Mail blocks, so sessions run on a small pool of their own threads.
 */
public final class SmtpTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(SmtpTransport.class);

    private final SmtpSettings settings;
    private final Session session;
    private final ExecutorService threads;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "smtp-transport-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public boolean acceptanceIsDelivery() {
        return true;
    }

    @Override
    public Uni<List<CopyResult>> transmit(List<OutboundCopy> copies, Instant deadline) {
        return Uni.createFrom().item(() -> transmitBlocking(copies, deadline)).runSubscriptionOn(threads);
    }

    private List<CopyResult> transmitBlocking(List<OutboundCopy> copies, Instant deadline) {
        List<CopyResult> results = new ArrayList<>();
        try (SMTPTransport smtp = (SMTPTransport) session.getTransport("smtp")) {
            smtp.connect(settings.host(), settings.port(), settings.username().orElse(null), settings.password().orElse(null));
            for (OutboundCopy copy : copies) {
                if (Instant.now().isAfter(deadline)) {
                    break;
                }
                CopyResult result = transmitOne(smtp, copy);
                results.add(result);
                if (result.outcome() == CopyResult.Outcome.DEFERRED && !smtp.isConnected()) {
                    break; // the session is gone: the rest wait for the next pass
                }
            }
        } catch (MessagingException e) {
            LOG.warnf("SMTP session with %s:%d failed: %s", settings.host(), settings.port(), EmailAddresses.maskAll(e.getMessage()));
        }
        boolean late = Instant.now().isAfter(deadline);
        for (int i = results.size(); i < copies.size(); i++) {
            String recipient = copies.get(i).recipient();
            results.add(late ? CopyResult.notAttempted(recipient) : CopyResult.deferred(recipient, "SMTP session failed"));
        }
        return results;
    }

    private CopyResult transmitOne(SMTPTransport smtp, OutboundCopy copy) {
        try {
            RawMessage message = new RawMessage(session, copy.mime());
            message.setEnvelopeFrom(copy.envelopeFrom());
            smtp.sendMessage(message, new Address[] {new InternetAddress(copy.recipient())});
            String response = smtp.getLastServerResponse();
            return CopyResult.accepted(copy.recipient(), null, response == null ? null : response.strip());
        } catch (SendFailedException e) {
            String response = smtp.getLastServerResponse();
            int code = e.getNextException() instanceof SMTPAddressFailedException failed ? failed.getReturnCode() : replyCode(response);
            LOG.infof("SMTP refused %s for message %s: %s", EmailAddresses.mask(copy.recipient()), copy.messageId(),
                    EmailAddresses.maskAll(response));
            return code >= 500 ? CopyResult.rejected(copy.recipient(), response) : CopyResult.deferred(copy.recipient(), response);
        } catch (MessagingException e) {
            LOG.warnf("SMTP transmission of message %s failed: %s", copy.messageId(), EmailAddresses.maskAll(e.getMessage()));
            return CopyResult.deferred(copy.recipient(), e.getMessage());
        }
    }

    private static int replyCode(String response) {
        if (response != null && response.length() >= 3) {
            try {
                return Integer.parseInt(response.substring(0, 3));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", s.host());
        p.setProperty("mail.smtp.port", Integer.toString(s.port()));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(s.readTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(s.writeTimeout().toMillis()));
        p.setProperty("mail.smtp.auth", Boolean.toString(s.username().isPresent()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(s.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(s.startTls()));
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        p.setProperty("mail.smtp.quitwait", "false");
        return p;
    }

    /** Writes exactly the composed bytes: what SES would get is what the SMTP server gets. */
    private static final class RawMessage extends SMTPMessage {
        private final byte[] raw;

        RawMessage(Session session, byte[] raw) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
            this.raw = raw;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(raw);
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            os.write(raw);
        }
    }
}
