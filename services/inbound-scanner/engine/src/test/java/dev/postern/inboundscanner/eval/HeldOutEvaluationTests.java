package dev.postern.inboundscanner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postern.inboundscanner.scanner.StandardScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the scanner over the project's own held-out mail (src/test/resources/heldout, never used as exemplars) and,
 * when present beside the repository, the shared dev corpus. The regression floors are what the scanner measured when
 * this was written; the issue's targets are asserted separately under the {@code targets} tag (run with
 * {@code -Dgroups=targets}), because the scanner does not meet them yet (see README).
 */
class HeldOutEvaluationTests {

    private static final Path SHARED_CORPUS = Path.of(System.getProperty("postern.shared.dir", "../../../../shared"), "scanner-corpus", "dev.jsonl");

    private static List<ScoredItem> heldOut() throws IOException {
        try (InputStream in = HeldOutEvaluationTests.class.getResourceAsStream("/heldout/heldout.jsonl")) {
            return ScannerEvaluation.evaluate(StandardScanner.get(), LabelledCorpus.read(in));
        }
    }

    @Test
    void heldOutMailStaysAboveTheMeasuredFloor() throws IOException {
        List<ScoredItem> scored = heldOut();
        FamilyFigures total = ScannerEvaluation.figures(scored).get("TOTAL");
        ScannerEvaluation.printTable(System.out, scored);

        assertThat(total.injections()).isGreaterThanOrEqualTo(50);
        assertThat(total.benign()).isGreaterThanOrEqualTo(30);
        assertThat(total.fprQuarantined()).isLessThanOrEqualTo(0.005);
        assertThat(total.recallQuarantined()).isGreaterThanOrEqualTo(0.60);
        assertThat(total.recallFlagged()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @Tag("targets")
    void heldOutMailMeetsTheIssueTargets() throws IOException {
        FamilyFigures total = ScannerEvaluation.figures(heldOut()).get("TOTAL");

        assertThat(total.recallQuarantined()).as("share of attacks quarantined").isGreaterThanOrEqualTo(0.90);
        assertThat(total.fprQuarantined()).as("share of benign quarantined").isLessThanOrEqualTo(0.005);
    }

    @Test
    void sharedDevCorpusQuarantinesNoOrdinaryMail() throws IOException {
        assumeTrue(Files.exists(SHARED_CORPUS), "shared corpus not beside the repository");
        List<ScoredItem> scored;
        try (InputStream in = Files.newInputStream(SHARED_CORPUS)) {
            scored = ScannerEvaluation.evaluate(StandardScanner.get(), LabelledCorpus.read(in));
        }
        Map<String, FamilyFigures> figures = ScannerEvaluation.figures(scored);
        ScannerEvaluation.printTable(System.out, scored);

        assertThat(figures.get("TOTAL").fprQuarantined()).isLessThanOrEqualTo(0.005);
        assertThat(figures.get("synthetic").recallQuarantined()).isGreaterThanOrEqualTo(0.85);
        assertThat(figures.get("greshake").recallQuarantined()).isGreaterThanOrEqualTo(0.85);
    }
}
