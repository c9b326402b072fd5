package dev.postern.inboundscanner;

import static dev.postern.inboundscanner.InboundTestSupport.address;
import static dev.postern.inboundscanner.InboundTestSupport.agentId;
import static dev.postern.inboundscanner.InboundTestSupport.createAgent;
import static dev.postern.inboundscanner.InboundTestSupport.processed;
import static dev.postern.inboundscanner.InboundTestSupport.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Whole-pipeline latency per message, printed, not asserted (run with {@code -Dpostern.benchmark=true}): SMTP DATA
 * until 250 (S3 write and commit), then acceptance until the outcome is recorded (job pick-up, S3 read, parse, scan,
 * threading, commit with its events). Messages are the shared corpus's mails (benign and attacks), sent one at a time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "postern.benchmark", matches = "true")
@WithTestResource(value = PosternInfraResource.class, initArgs = {
        @ResourceArg(name = "service", value = "inbound_scanner"), @ResourceArg(name = "s3", value = "true")})
class PipelineLatencyBenchmark {

    @Test
    void printsPipelineLatency() throws Exception {
        Path corpus = Path.of(System.getProperty("postern.benchmark.corpus", "../../../../shared/scanner-corpus/dev.jsonl"));
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        int n = Integer.getInteger("postern.benchmark.messages", 200);
        String ws = workspace();
        String to = address("bench");
        createAgent(ws, agentId(), to);
        List<Double> accept = new ArrayList<>();
        List<Double> process = new ArrayList<>();
        List<Double> scan = new ArrayList<>();
        for (int i = 0; i < Math.min(n, lines.size()); i++) {
            JsonNode item = InboundTestSupport.json(lines.get((i * 7) % lines.size()));
            String text = item.get("text").asText();
            String subject = text.startsWith("Subject: ") ? text.substring(9, Math.max(9, text.indexOf('\n'))) : "benchmark";
            String body = text.contains("\n\n") ? text.substring(text.indexOf("\n\n") + 2) : text;
            boolean html = "html".equals(item.path("format").asText());
            String mail = "From: sender" + i + "@bench.example\r\nTo: " + to + "\r\nSubject: " + subject.replaceAll("[\\r\\n]", " ")
                    + "\r\nMessage-ID: <b" + i + "." + System.nanoTime() + "@bench.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/"
                    + (html ? "html" : "plain") + "; charset=utf-8\r\n\r\n" + body + "\r\n";
            long started = System.nanoTime();
            String reply = SmtpDialogue.send("sender" + i + "@bench.example", to, mail);
            accept.add((System.nanoTime() - started) / 1e6);
            assertThat(reply).startsWith("250");
            String id = reply.substring(reply.lastIndexOf(' ') + 1).strip();
            JsonNode detail = processed(ws, id);
            process.add((double) Duration.between(Instant.parse(detail.get("received_at").asText()),
                    Instant.parse(detail.get("processed_at").asText())).toNanos() / 1e6);
            scan.add(detail.get("scan_ms").asDouble());
        }
        System.out.printf("%n== pipeline latency over %d messages (one at a time)%n", accept.size());
        print("SMTP DATA -> 250 (S3 put + commit)", accept);
        print("accepted -> recorded (whole processing)", process);
        print("  of which scanner", scan);
        List<Double> total = new ArrayList<>();
        for (int i = 0; i < accept.size(); i++) {
            total.add(accept.get(i) + process.get(i));
        }
        print("whole pipeline (sum)", total);
    }

    private static void print(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%-42s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", what, pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
