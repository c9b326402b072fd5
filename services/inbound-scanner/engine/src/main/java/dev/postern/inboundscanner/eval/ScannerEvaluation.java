package dev.postern.inboundscanner.eval;

import dev.postern.inboundscanner.scanner.Evidence;
import dev.postern.inboundscanner.scanner.ScanResult;
import dev.postern.inboundscanner.scanner.Scanner;
import dev.postern.inboundscanner.scanner.ScannerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the scanner over labelled JSONL files and prints, per source family, recall (quarantined / flagged),
 * false-positive rate (quarantined / flagged) and scan latency p50/p99, then a leave-one-source-out check.
 *
 * <pre>java -cp &lt;classpath&gt; dev.postern.inboundscanner.eval.ScannerEvaluation [--errors] [--quarantine=0.8]
 *     [--suspicious=0.45] file.jsonl [more.jsonl]</pre>
 */
public final class ScannerEvaluation {

    static final double TARGET_FPR = 0.005;
    private static final int WARM_UP = 40;

    private ScannerEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        ScannerSettings settings = ScannerSettings.defaults();
        boolean showErrors = false;
        String judgeModel = null;
        Path dump = null;
        java.util.Set<String> explain = new java.util.HashSet<>();
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--errors")) {
                showErrors = true;
            } else if (arg.startsWith("--dump=")) {
                dump = Path.of(arg.substring(7));
            } else if (arg.startsWith("--explain=")) {
                explain.addAll(List.of(arg.substring(10).split(",")));
            } else if (arg.startsWith("--passages=")) {
                settings = settings.withMaxEmbeddedChunks(Integer.parseInt(arg.substring(11)));
            } else if (arg.startsWith("--quarantine=")) {
                settings = settings.withThresholds(settings.suspiciousThreshold(), Double.parseDouble(arg.substring(13)));
            } else if (arg.startsWith("--judge-model=")) {
                judgeModel = arg.substring(14);
            } else if (arg.startsWith("--suspicious=")) {
                settings = settings.withThresholds(Double.parseDouble(arg.substring(13)), settings.quarantineThreshold());
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: ScannerEvaluation [--errors] [--quarantine=T] [--suspicious=T] [--judge-model=NAME] file.jsonl [more.jsonl]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Scanner scanner;
        if (judgeModel != null) {
            // The grey zone goes to Anthropic: needs ANTHROPIC_API_KEY; latency figures then include the calls.
            String key = System.getenv("ANTHROPIC_API_KEY");
            if (key == null || key.isBlank()) {
                System.err.println("--judge-model needs ANTHROPIC_API_KEY in the environment");
                System.exit(2);
            }
            settings = settings.withJudgeEnabled(true);
            scanner = Scanner.create(settings, new dev.postern.inboundscanner.scanner.judge.AnthropicJudge(
                    new dev.postern.inboundscanner.scanner.judge.AnthropicJudge.Settings(key, judgeModel, null,
                            java.time.Duration.ofSeconds(20))));
        } else {
            scanner = Scanner.create(settings);
        }
        System.out.printf(Locale.ROOT, "scanner: %s%nthresholds: suspicious >= %.2f, quarantined >= %.2f; built in %.1f s%n",
                scanner.version(), settings.suspiciousThreshold(), settings.quarantineThreshold(),
                (System.nanoTime() - started) / 1e9);
        var report = dev.postern.inboundscanner.scanner.embedding.TrainedPassageModels
                .forBundled(dev.postern.inboundscanner.scanner.embedding.MiniLmEmbedder.shared(), settings).report();
        System.out.printf(Locale.ROOT, "passage model: %d training rows (%d injection), cross-validated accuracy %.3f, AUC %.3f%n",
                report.rows(), report.positives(), report.crossValidated(), report.crossValidatedAuc());
        System.out.println("load average at start: " + loadAverage());
        // As the service does after start: a scanner that loaded the build's model has run none of its code yet.
        System.out.printf(Locale.ROOT, "warm-up: the project's carrier mails in %.1f s%n",
                scanner.warmUp(Integer.MAX_VALUE).toMillis() / 1e3);
        List<ScoredItem> all = new ArrayList<>();
        for (Path file : files) {
            List<LabelledItem> items;
            try (InputStream in = Files.newInputStream(file)) {
                items = LabelledCorpus.read(in);
            }
            if (!explain.isEmpty()) {
                for (LabelledItem item : items) {
                    if (explain.contains(item.id())) {
                        explain(System.out, item, scanner.scan(item.toScanInput()));
                    }
                }
                continue;
            }
            List<ScoredItem> scored = evaluate(scanner, items);
            all.addAll(scored);
            System.out.println();
            System.out.println("== " + file + " (" + items.size() + " items)");
            printTable(System.out, scored);
            if (showErrors) {
                printErrors(System.out, scored);
            }
        }
        if (dump != null) {
            writeDump(dump, all);
        }
        if (files.size() > 1) {
            System.out.println();
            System.out.println("== all files");
            printTable(System.out, all);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "== leave one source out (threshold tuned on the other families for benign quarantined <= %.1f%%)%n",
                TARGET_FPR * 100);
        printFolds(System.out, LeaveOneSourceOut.run(all, TARGET_FPR));
    }

    /**
     * Scans every item, timing each {@code scan()} call, after a warm-up on {@value #WARM_UP} items spread over the
     * whole list: a running service is warm for every kind of mail, so the first HTML item should not pay for loading
     * the HTML parser.
     */
    public static List<ScoredItem> evaluate(Scanner scanner, List<LabelledItem> items) {
        int step = Math.max(1, items.size() / WARM_UP);
        for (int i = 0; i < items.size(); i += step) {
            scanner.scan(items.get(i).toScanInput());
        }
        List<ScoredItem> scored = new ArrayList<>(items.size());
        for (LabelledItem item : items) {
            var input = item.toScanInput();
            long start = System.nanoTime();
            ScanResult result = scanner.scan(input);
            double millis = (System.nanoTime() - start) / 1e6;
            String top = result.evidence().isEmpty() ? "-" : result.evidence().get(0).rule();
            scored.add(new ScoredItem(item, result.score(), result.verdict(), millis, top, result.layerScores()));
        }
        return scored;
    }

    public static Map<String, FamilyFigures> figures(List<ScoredItem> scored) {
        Map<String, List<ScoredItem>> byFamily = new TreeMap<>();
        for (ScoredItem item : scored) {
            byFamily.computeIfAbsent(item.item().family(), f -> new ArrayList<>()).add(item);
        }
        Map<String, FamilyFigures> figures = new java.util.LinkedHashMap<>();
        byFamily.forEach((family, items) -> figures.put(family, FamilyFigures.of(family, items)));
        figures.put("TOTAL", FamilyFigures.of("TOTAL", scored));
        return figures;
    }

    static void printTable(PrintStream out, List<ScoredItem> scored) {
        out.printf(Locale.ROOT, "%-20s %5s %5s | %10s %10s | %10s %10s | %7s %7s%n", "source", "inj", "ben",
                "recall-Q", "recall-F", "FPR-Q", "FPR-F", "p50 ms", "p99 ms");
        for (FamilyFigures f : figures(scored).values()) {
            out.printf(Locale.ROOT, "%-20s %5d %5d | %10s %10s | %10s %10s | %7.1f %7.1f%n", f.family(), f.injections(),
                    f.benign(), pct(f.recallQuarantined()), pct(f.recallFlagged()), pct(f.fprQuarantined()),
                    pct(f.fprFlagged()), f.p50Millis(), f.p99Millis());
        }
    }

    static void printFolds(PrintStream out, List<LeaveOneSourceOut.Fold> folds) {
        out.printf(Locale.ROOT, "%-20s %9s %5s %5s | %10s %10s%n", "left out", "threshold", "inj", "ben", "recall-Q", "FPR-Q");
        for (LeaveOneSourceOut.Fold fold : folds) {
            out.printf(Locale.ROOT, "%-20s %9.3f %5d %5d | %10s %10s%n", fold.family(), fold.threshold(),
                    fold.injections(), fold.benign(), pct(fold.recallQuarantined()), pct(fold.fprQuarantined()));
        }
    }

    private static void printErrors(PrintStream out, List<ScoredItem> scored) {
        out.println("-- misses (injection not quarantined) and false alarms (benign flagged):");
        for (ScoredItem item : scored) {
            boolean miss = item.item().injection() && item.verdict() != dev.postern.inboundscanner.scanner.Verdict.QUARANTINED;
            boolean alarm = !item.item().injection() && item.verdict() != dev.postern.inboundscanner.scanner.Verdict.CLEAN;
            if (miss || alarm) {
                out.printf(Locale.ROOT, "  %-5s %-40s %-12s score=%.3f top=%s%n", miss ? "MISS" : "ALARM",
                        item.item().id(), item.verdict(), item.score(), item.topRule());
            }
        }
    }

    private static void explain(PrintStream out, LabelledItem item, ScanResult result) {
        out.printf(Locale.ROOT, "%n## %s (%s) -> %s score=%.3f layers=%s%n", item.id(), item.injection() ? "injection" : "benign",
                result.verdict(), result.score(), result.layerScores());
        for (Evidence evidence : result.evidence()) {
            out.printf(Locale.ROOT, "   %-8s %-10s %5.2f %-45s %s%n", evidence.layer(), evidence.channel(), evidence.weight(),
                    evidence.rule(), evidence.excerpt());
        }
    }

    /** One line per item: id, family, label, verdict, score, each layer's score, top rule (tab-separated). */
    private static void writeDump(Path file, List<ScoredItem> scored) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id\tfamily\tlabel\tverdict\tscore\trules\tembedding\tmillis\ttop");
        for (ScoredItem item : scored) {
            lines.add(String.join("\t", item.item().id(), item.item().family(), item.item().injection() ? "injection" : "benign",
                    item.verdict().name(), String.format(Locale.ROOT, "%.4f", item.score()),
                    String.format(Locale.ROOT, "%.4f", item.layerScores().getOrDefault("rules", 0.0)),
                    String.format(Locale.ROOT, "%.4f", item.layerScores().getOrDefault("embedding", 0.0)),
                    String.format(Locale.ROOT, "%.2f", item.millis()), item.topRule()));
        }
        Files.write(file, lines);
    }

    /** The one-minute load average, for reading latency figures taken on a shared machine. */
    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unavailable" : String.format(Locale.ROOT, "%.2f on %d cores", load,
                Runtime.getRuntime().availableProcessors());
    }

    private static String pct(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
