package dev.postern.inboundscanner.client;

import dev.postern.inboundscanner.config.SmtpSettings;
import dev.postern.inboundscanner.repository.DirectoryRepository;
import dev.postern.inboundscanner.service.Reception;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.TooMuchDataException;

/**
 * One SMTP transaction. RCPT: an unknown or archived mailbox is refused with 550 5.1.1, a sender blocked by that
 * mailbox's workspace with 550 5.7.1. DATA: more than the size limit is 552 5.3.4; the message is stored in S3 and
 * committed before 250, and a failure to do either is 451 4.3.0 so the sender retries — nothing is acknowledged that
 * is not durable. Addresses are never logged.
 */
final class SmtpSession implements MessageHandler {

    private static final Logger LOG = Logger.getLogger(SmtpSession.class);

    private final Reception reception;
    private final SmtpSettings settings;
    private String envelopeFrom;
    private final List<DirectoryRepository.Mailbox> mailboxes = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    SmtpSession(Reception reception, SmtpSettings settings) {
        this.reception = reception;
        this.settings = settings;
    }

    @Override
    public void from(String from) {
        envelopeFrom = from == null ? null : from.toLowerCase(Locale.ROOT);
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        String address = recipient.toLowerCase(Locale.ROOT);
        Reception.RecipientCheck check;
        try {
            check = reception.checkRecipient(address, envelopeFrom, settings.acceptTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("recipient lookup failed: %s", e.getClass().getSimpleName());
            throw new RejectException(451, "4.3.0 Temporary lookup failure, try again later");
        }
        if (check instanceof Reception.RecipientCheck.UnknownMailbox) {
            throw new RejectException(550, "5.1.1 No such mailbox here");
        }
        if (check instanceof Reception.RecipientCheck.SenderBlocked) {
            throw new RejectException(550, "5.7.1 Sender blocked by the recipient's workspace");
        }
        if (addresses.contains(address)) {
            return; // the same mailbox twice gets one copy
        }
        mailboxes.add(((Reception.RecipientCheck.Accepted) check).mailbox());
        addresses.add(address);
    }

    @Override
    public String data(InputStream data) throws RejectException, TooMuchDataException, IOException {
        byte[] raw = data.readNBytes(settings.maxMessageBytes() + 1);
        if (raw.length > settings.maxMessageBytes()) {
            throw new RejectException(552, "5.3.4 Message too big for system");
        }
        List<String> ids;
        try {
            ids = reception.accept("smtp", envelopeFrom, mailboxes, addresses, raw, settings.acceptTimeout());
        } catch (RuntimeException e) {
            LOG.errorf("message of %d bytes not accepted, sender told to retry: %s", raw.length, e.getClass().getSimpleName());
            throw new RejectException(451, "4.3.0 Temporary failure storing the message, try again later");
        }
        LOG.infof("accepted %s (%d bytes)", ids, raw.length);
        // the server writes the 250 code itself (SMTPResponseHelper): return only the text after it
        return "2.0.0 Ok: queued as " + String.join(",", ids);
    }

    @Override
    public void done() {
    }
}
