package dev.postern.inboundscanner.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /scan}: the whole analysis — parsing with its limits, authentication results, scanner, verdict policy —
 * on raw MIME or on {@code {subject, text, html}}, with nothing stored, emitted or delivered. (The repeat-offender
 * block needs a workspace's history and is not applied.)
 */
@ApplicationScoped
public class DryRunScan {

    private final MessageAnalyser analyser;

    public DryRunScan(MessageAnalyser analyser) {
        this.analyser = analyser;
    }

    public Analysis raw(String mime) {
        return analyser.analyse(mime.getBytes(StandardCharsets.UTF_8));
    }

    public Analysis parts(String subject, String text, String html) {
        ParsedMail mail = new ParsedMail(null, null, subject == null ? "" : subject, null, null, List.of(),
                text == null ? "" : text, html == null ? "" : html, List.of(), List.of(), List.of());
        return analyser.analyse(mail);
    }
}
