package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.client.RawMailStore;
import dev.postern.inboundscanner.domain.DirectoryAgent;
import dev.postern.inboundscanner.domain.Ids;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.repository.BlockedSenderRepository;
import dev.postern.inboundscanner.repository.DirectoryRepository;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.JobRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepting a message: which recipients exist, and — before the sender is told 250 — the raw MIME stored in S3 under
 * the workspace's prefix and the message with its processing job committed. Blocking (SMTP worker threads and the
 * SNS endpoint's worker call it); database work runs on a Vert.x context of its own.
 */
@ApplicationScoped
public class Reception {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final TenantTransactions transactions;
    private final MailboxDirectory directory;
    private final BlockedSenderRepository blocked;
    private final InboundRepository inbound;
    private final JobRepository jobs;
    private final RawMailStore store;
    private final JobSignal signal;
    private final Vertx vertx;

    public Reception(TenantTransactions transactions, MailboxDirectory directory, BlockedSenderRepository blocked,
                     InboundRepository inbound, JobRepository jobs, RawMailStore store, JobSignal signal, Vertx vertx) {
        this.transactions = transactions;
        this.directory = directory;
        this.blocked = blocked;
        this.inbound = inbound;
        this.jobs = jobs;
        this.store = store;
        this.signal = signal;
        this.vertx = vertx;
    }

    /** Why a recipient is refused, or the mailbox it names. */
    public sealed interface RecipientCheck {
        record Accepted(DirectoryRepository.Mailbox mailbox) implements RecipientCheck {
        }

        record UnknownMailbox() implements RecipientCheck {
        }

        record SenderBlocked() implements RecipientCheck {
        }
    }

    public RecipientCheck checkRecipient(String address, String envelopeFrom, Duration timeout) {
        Optional<DirectoryRepository.Mailbox> found = directory.find(address, timeout);
        if (found.isEmpty() || DirectoryAgent.ARCHIVED.equals(found.get().status())) {
            return new RecipientCheck.UnknownMailbox();
        }
        DirectoryRepository.Mailbox mailbox = found.get();
        boolean senderBlocked = envelopeFrom != null && !envelopeFrom.isBlank() && VertxContexts.onNewContext(vertx,
                () -> transactions.inWorkspace(mailbox.workspaceId(), s -> blocked.isBlocked(s, mailbox.workspaceId(), envelopeFrom)))
                .await().atMost(timeout);
        return senderBlocked ? new RecipientCheck.SenderBlocked() : new RecipientCheck.Accepted(mailbox);
    }

    /** One stored copy per recipient (each under its own workspace's prefix); returns the inbound ids. */
    public List<String> accept(String source, String envelopeFrom, List<DirectoryRepository.Mailbox> recipients,
                               List<String> addresses, byte[] raw, Duration timeout) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            DirectoryRepository.Mailbox mailbox = recipients.get(i);
            InboundMessage m = new InboundMessage();
            m.id = Ids.inbound();
            m.workspaceId = mailbox.workspaceId();
            m.agentId = mailbox.agentId();
            m.recipient = addresses.get(i);
            m.envelopeFrom = envelopeFrom == null || envelopeFrom.isBlank() ? null : envelopeFrom;
            m.source = source;
            m.sizeBytes = raw.length;
            m.receivedAt = Instant.now();
            m.status = InboundMessage.RECEIVED;
            m.s3Key = objectKey(m.workspaceId, m.receivedAt, m.id);
            store.put(m.s3Key, raw);
            VertxContexts.onNewContext(vertx, () -> transactions.inWorkspace(m.workspaceId,
                    s -> inbound.persist(s, m).chain(() -> jobs.create(s, m.workspaceId, m.id)))).await().atMost(timeout);
            ids.add(m.id);
        }
        signal.wake();
        return ids;
    }

    public static String objectKey(String workspaceId, Instant receivedAt, String inboundId) {
        return workspaceId + "/" + DAY.format(receivedAt) + "/" + inboundId + ".eml";
    }
}
