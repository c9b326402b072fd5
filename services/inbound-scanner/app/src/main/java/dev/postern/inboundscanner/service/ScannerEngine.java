package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.config.JudgeSettings;
import dev.postern.inboundscanner.config.ScannerStartSettings;
import dev.postern.inboundscanner.scanner.ScanInput;
import dev.postern.inboundscanner.scanner.ScanResult;
import dev.postern.inboundscanner.scanner.Scanner;
import dev.postern.inboundscanner.scanner.ScannerSettings;
import dev.postern.inboundscanner.scanner.judge.AnthropicJudge;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The scanner engine, built once when the service starts (it loads the ONNX model and the passage model the build
 * trained, or trains that at start when it does not match, which takes most of a minute), then shared by every thread.
 */
@Startup
@Singleton // no client proxy: its constructor (which builds the scanner) runs exactly once
public class ScannerEngine {

    private static final Logger LOG = Logger.getLogger(ScannerEngine.class);

    private final Scanner scanner;
    private final long buildMillis;

    /**
     * After start, a background thread warms the scanner on {@link ScannerStartSettings#warmUpMails()} of its own
     * carrier mails: until the JIT has compiled the scanner's code, a message takes several milliseconds more.
     */
    public ScannerEngine(JudgeSettings judge, ScannerStartSettings start) {
        int warmUpMails = start.warmUpMails();
        long started = System.nanoTime();
        if (judge.enabled()) {
            String key = judge.apiKey().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "postern.inbound.judge.enabled is true but postern.inbound.judge.api-key is not set"));
            this.scanner = Scanner.create(ScannerSettings.defaults().withJudgeEnabled(true), new AnthropicJudge(
                    new AnthropicJudge.Settings(key, judge.model(), judge.baseUrl(), judge.timeout())));
        } else {
            this.scanner = Scanner.create(ScannerSettings.defaults());
        }
        // one mail now warms the model's first-call paths, so the first real message is not the slow one
        scanner.warmUp(1);
        this.buildMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("scanner %s ready in %d ms (passage model %s); LLM judge %s", scanner.version(), buildMillis,
                scanner.passageModelOrigin(), judge.enabled() ? "on (" + judge.model() + ")" : "off");
        if (warmUpMails > 0) {
            Thread warmUp = new Thread(() -> {
                try {
                    LOG.infof("scanner warmed up on %d carrier mails in %d ms", warmUpMails, scanner.warmUp(warmUpMails).toMillis());
                } catch (RuntimeException e) {
                    // Only speed is at stake: a message scanned later runs the same code and fails closed on its own.
                    LOG.warnf("scanner warm-up stopped: %s", e.getClass().getName());
                }
            }, "postern-scanner-warm-up");
            warmUp.setDaemon(true);
            warmUp.setPriority(Thread.MIN_PRIORITY);
            warmUp.start();
        }
    }

    public ScanResult scan(ScanInput input) {
        return scanner.scan(input);
    }

    public String version() {
        return scanner.version();
    }

    /** How long building the scanner (model load and classifier training) took at start. */
    public long buildMillis() {
        return buildMillis;
    }
}
