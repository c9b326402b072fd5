package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.client.RawMailStore;
import dev.postern.inboundscanner.config.PipelineSettings;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.JobRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Processes one accepted message: reads its raw MIME back from S3, analyses it, and records the outcome with its
 * events. A failure anywhere leaves the message and its job as they were, and the job is retried with backoff; after
 * the last attempt the message is marked failed — never delivered, raw MIME kept for an operator. Blocking: runs on
 * the job worker's threads.
 */
@ApplicationScoped
public class InboundProcessor {

    private static final Logger LOG = Logger.getLogger(InboundProcessor.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final TenantTransactions transactions;
    private final InboundRepository inbound;
    private final JobRepository jobs;
    private final RawMailStore store;
    private final MessageAnalyser analyser;
    private final OutcomeRecorder recorder;
    private final PipelineSettings.Jobs settings;
    private final Vertx vertx;

    public InboundProcessor(TenantTransactions transactions, InboundRepository inbound, JobRepository jobs, RawMailStore store,
                            MessageAnalyser analyser, OutcomeRecorder recorder, PipelineSettings settings, Vertx vertx) {
        this.transactions = transactions;
        this.inbound = inbound;
        this.jobs = jobs;
        this.store = store;
        this.analyser = analyser;
        this.recorder = recorder;
        this.settings = settings.jobs();
        this.vertx = vertx;
    }

    public void process(String workspaceId, String inboundId, int attempt) {
        try {
            InboundMessage m = db(() -> transactions.inWorkspace(workspaceId, s -> inbound.find(s, workspaceId, inboundId)));
            if (m == null || !InboundMessage.RECEIVED.equals(m.status)) {
                db(() -> transactions.inWorkspace(workspaceId, s -> jobs.delete(s, workspaceId, inboundId)));
                return;
            }
            Analysis analysis = analyser.analyse(store.get(m.s3Key));
            db(() -> transactions.inWorkspace(workspaceId, s -> inbound.find(s, workspaceId, inboundId).chain(current ->
                    InboundMessage.RECEIVED.equals(current.status)
                            ? recorder.record(s, current, analysis)
                            : jobs.delete(s, workspaceId, inboundId))));
        } catch (RuntimeException e) {
            failed(workspaceId, inboundId, attempt, e);
        }
    }

    private void failed(String workspaceId, String inboundId, int attempt, RuntimeException e) {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
        try {
            if (attempt >= settings.maxAttempts()) {
                LOG.errorf("inbound %s failed after %d attempts, not delivered: %s", inboundId, attempt, error);
                db(() -> transactions.inWorkspace(workspaceId, s -> inbound.find(s, workspaceId, inboundId).chain(m -> {
                    m.status = InboundMessage.FAILED;
                    m.failure = error;
                    return jobs.delete(s, workspaceId, inboundId);
                })));
                return;
            }
            Duration backoff = settings.retryInitial().multipliedBy(1L << Math.min(attempt - 1, 16));
            Duration delay = backoff.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : backoff;
            LOG.warnf("inbound %s attempt %d failed, retrying in %s: %s", inboundId, attempt, delay, error);
            db(() -> transactions.inWorkspace(workspaceId, s -> jobs.retryLater(s, workspaceId, inboundId, Instant.now().plus(delay), error)));
        } catch (RuntimeException again) {
            LOG.warnf("inbound %s: could not record the failure (%s); the job's lease runs out and it is retried", inboundId,
                    again.getClass().getSimpleName());
        }
    }

    private <T> T db(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return VertxContexts.onNewContext(vertx, work).await().atMost(DB_TIMEOUT);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
