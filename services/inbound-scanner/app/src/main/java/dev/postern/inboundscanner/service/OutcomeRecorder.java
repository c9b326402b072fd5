package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.config.PipelineSettings;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.repository.BlockedSenderRepository;
import dev.postern.inboundscanner.repository.JobRepository;
import dev.postern.inboundscanner.repository.OutboxRepository;
import dev.postern.inboundscanner.scanner.ScanResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Records what processing decided, in one transaction of the message's workspace: the message's fields and verdict,
 * the repeat-offender block, its events in the outbox, and the end of its job. A sender already blocked for the
 * workspace is quarantined outright, whatever the scan said.
 */
@ApplicationScoped
public class OutcomeRecorder {

    private static final Logger LOG = Logger.getLogger(OutcomeRecorder.class);

    private final ThreadResolver threads;
    private final BlockedSenderRepository blocked;
    private final OutboxRepository outbox;
    private final JobRepository jobs;
    private final InboundEvents events;
    private final PipelineSettings settings;

    public OutcomeRecorder(ThreadResolver threads, BlockedSenderRepository blocked, OutboxRepository outbox, JobRepository jobs,
                           InboundEvents events, PipelineSettings settings) {
        this.threads = threads;
        this.blocked = blocked;
        this.outbox = outbox;
        this.jobs = jobs;
        this.events = events;
        this.settings = settings;
    }

    public Uni<Void> record(Mutiny.Session session, InboundMessage m, Analysis a) {
        String ws = m.workspaceId;
        ParsedMail mail = a.mail();
        return blocked.isBlocked(session, ws, mail.fromAddress()).chain(senderBlocked -> threads.resolve(session, ws, m.id, mail)
                .chain(threading -> {
                    apply(m, a, senderBlocked);
                    m.threadId = threading.threadId();
                    m.kind = threading.answers() == null ? "message" : "reply";
                    m.repliedToMessage = threading.answers() == null ? null : threading.answers().messageId;
                    if (!m.isHeld()) {
                        m.status = InboundMessage.DELIVERED;
                        m.deliveredAt = Instant.now();
                        return outbox.append(session, events.delivered(m, false, null));
                    }
                    m.status = InboundMessage.QUARANTINED;
                    LOG.infof("inbound %s quarantined (%s)", m.id, m.reasons);
                    Uni<Void> announced = outbox.append(session, events.quarantined(m));
                    return senderBlocked || mail.fromAddress() == null ? announced : announced.chain(() -> maybeBlock(session, m));
                }))
                .chain(() -> jobs.delete(session, ws, m.id));
    }

    /** Counts this sender's quarantined mail in the window (this message included) and blocks it at the threshold. */
    private Uni<Void> maybeBlock(Mutiny.Session session, InboundMessage m) {
        PipelineSettings.Block policy = settings.block();
        return session.flush().chain(() -> blocked.quarantinedSince(session, m.workspaceId, m.fromAddress,
                Instant.now().minus(policy.window()))).chain(count -> {
                    if (count < policy.threshold()) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.infof("sender of inbound %s blocked for workspace %s after %d quarantines", m.id, m.workspaceId, count);
                    int days = (int) Math.max(1, policy.window().toDays());
                    return blocked.block(session, m.workspaceId, m.fromAddress, count.intValue())
                            .chain(() -> outbox.append(session, events.senderBlocked(m.workspaceId, m.fromAddress, count.intValue(), days)));
                });
    }

    static void apply(InboundMessage m, Analysis a, boolean senderBlocked) {
        ParsedMail mail = a.mail();
        ScanResult scan = a.scan();
        m.fromAddress = mail.fromAddress();
        m.fromName = mail.fromName();
        m.subject = mail.subject();
        m.messageIdHeader = mail.messageId();
        m.inReplyTo = mail.inReplyTo();
        m.referenceIds = StoredJson.write(mail.references());
        m.spf = a.auth().spf();
        m.dkim = a.auth().dkim();
        m.dmarc = a.auth().dmarc();
        m.textBody = MessageAnalyser.readableText(mail, scan);
        m.replyText = a.replyText();
        m.htmlBody = mail.html().isEmpty() ? null : mail.html();
        m.spotlightedText = dev.postern.inboundscanner.scanner.Spotlighter.render(m.textBody);
        m.attachments = StoredJson.write(mail.attachments().stream()
                .map(x -> new AttachmentView(x.filename(), x.contentType(), x.sizeBytes(), x.text() != null)).toList());
        m.attachmentCount = mail.attachments().size();
        m.problems = StoredJson.write(mail.problems());
        List<String> reasons = new ArrayList<>(a.reasons());
        List<String> flags = new ArrayList<>(a.flags());
        m.verdict = a.verdict();
        if (senderBlocked) {
            reasons.add(0, "sender.blocked");
            flags.add("sender_blocked");
            m.verdict = Analysis.QUARANTINED;
        }
        m.reasons = StoredJson.write(reasons);
        m.flags = StoredJson.write(flags);
        m.injectionScore = scan == null ? 1.0 : scan.score();
        m.categories = StoredJson.write(scan == null ? List.of() : scan.categories().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList());
        m.evidence = StoredJson.write(scan == null ? List.of() : scan.evidence());
        m.layerScores = StoredJson.write(scan == null ? java.util.Map.of() : scan.layerScores());
        m.scannerVersion = scan == null ? null : scan.scannerVersion();
        m.scanMs = a.scanMillis();
        m.processedAt = Instant.now();
    }

    /** An attachment as stored and shown: never its content. */
    public record AttachmentView(String filename, String contentType, long sizeBytes, boolean scanned) {
    }
}
