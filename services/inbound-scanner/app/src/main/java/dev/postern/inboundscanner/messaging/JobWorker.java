package dev.postern.inboundscanner.messaging;

import dev.postern.inboundscanner.config.PipelineSettings;
import dev.postern.inboundscanner.repository.JobRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import dev.postern.inboundscanner.service.InboundProcessor;
import dev.postern.inboundscanner.service.JobSignal;
import dev.postern.inboundscanner.service.VertxContexts;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs processing jobs: leases due ones across workspaces (a job another worker holds is skipped), processes them on
 * a small pool (scanning is CPU work), and waits for the next acceptance or the poll interval. A job whose worker
 * died comes back when its lease runs out.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);
    private static final int THREADS = 2;

    private final TenantTransactions transactions;
    private final JobRepository jobs;
    private final InboundProcessor processor;
    private final JobSignal signal;
    private final PipelineSettings.Jobs settings;
    private final Vertx vertx;
    private ExecutorService loop;
    private ExecutorService pool;
    private volatile boolean running;

    public JobWorker(TenantTransactions transactions, JobRepository jobs, InboundProcessor processor, JobSignal signal,
                     PipelineSettings settings, Vertx vertx) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.processor = processor;
        this.signal = signal;
        this.settings = settings.jobs();
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent ignored) {
        running = true;
        pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "inbound-job"));
        loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "inbound-job-loop"));
        loop.submit(this::run);
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        signal.wake();
        loop.shutdown();
        pool.shutdown();
        pool.awaitTermination(20, TimeUnit.SECONDS);
    }

    private void run() {
        while (running) {
            try {
                int done = pass();
                if (done < settings.batch()) {
                    signal.await(settings.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("job pass failed, will retry: %s", e.toString());
                sleepQuietly(settings.pollInterval());
            }
        }
    }

    private int pass() throws InterruptedException {
        List<JobRepository.Claimed> due = VertxContexts.onNewContext(vertx,
                () -> transactions.platform(s -> jobs.claim(s, settings.batch(), settings.lease()))).await().atMost(Duration.ofSeconds(30));
        List<Future<?>> running = new java.util.ArrayList<>();
        for (JobRepository.Claimed job : due) {
            running.add(pool.submit(() -> processor.process(job.workspaceId(), job.inboundId(), job.attempts())));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("job failed unexpectedly: %s", e.getCause().toString());
            }
        }
        return due.size();
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
