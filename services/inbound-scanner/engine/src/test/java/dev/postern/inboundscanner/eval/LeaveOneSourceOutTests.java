package dev.postern.inboundscanner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.inboundscanner.scanner.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveOneSourceOutTests {

    private static ScoredItem item(String source, boolean injection, double score) {
        return new ScoredItem(new LabelledItem(source + score, "x", injection, source, "", "text"), score,
                Verdict.CLEAN, 1, "-");
    }

    @Test
    void tunesTheThresholdWithoutTheFamilyItMeasures() {
        List<ScoredItem> items = List.of(
                item("alpha", false, 0.30), item("alpha", false, 0.20), item("alpha", true, 0.90),
                item("beta", false, 0.95), item("beta", true, 0.60), item("beta", true, 0.99));

        List<LeaveOneSourceOut.Fold> folds = LeaveOneSourceOut.run(items, 0.0);

        LeaveOneSourceOut.Fold beta = folds.stream().filter(f -> f.family().equals("beta")).findFirst().orElseThrow();
        assertThat(beta.threshold()).isCloseTo(0.30, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(beta.recallQuarantined()).isEqualTo(1.0);
        assertThat(beta.fprQuarantined()).isEqualTo(1.0);
        LeaveOneSourceOut.Fold alpha = folds.stream().filter(f -> f.family().equals("alpha")).findFirst().orElseThrow();
        assertThat(alpha.threshold()).isGreaterThan(0.95);
        assertThat(alpha.recallQuarantined()).isEqualTo(0.0);
    }

    @Test
    void groupsLongSourceDescriptionsIntoFamilies() {
        assertThat(new LabelledItem("a", "", true, "microsoft/BIPIA:benchmark/email/train.jsonl", "", "text").family()).isEqualTo("bipia");
        assertThat(new LabelledItem("a", "", true, "synthetic (this research): x", "", "text").family()).isEqualTo("synthetic");
        assertThat(new LabelledItem("a", "", true, "postern-heldout", "", "text").family()).isEqualTo("postern-heldout");
    }

    @Test
    void readsTheSubjectLineIntoTheScanInput() {
        var input = new LabelledItem("a", "Subject: Hello there\n\nBody text", false, "s", "", "html").toScanInput();

        assertThat(input.subject()).isEqualTo("Hello there");
        assertThat(input.htmlBody()).isEqualTo("Body text");
        assertThat(input.textBody()).isEmpty();
    }
}
