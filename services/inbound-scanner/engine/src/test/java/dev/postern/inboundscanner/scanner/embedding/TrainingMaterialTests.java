package dev.postern.inboundscanner.scanner.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postern.inboundscanner.eval.LabelledCorpus;
import dev.postern.inboundscanner.eval.LabelledItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The model learns only from text the project wrote: no run of seven words from the held-out sets, and none of
 * eight from the shared corpus, appears in the exemplars or carrier mails.
 */
class TrainingMaterialTests {

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Path SHARED_CORPUS = Path.of(System.getProperty("postern.shared.dir", "../../../../shared"),
            "scanner-corpus", "dev.jsonl");

    private static Set<String> shingles(String text, int n) {
        List<String> words = new java.util.ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    private static Set<String> trainingShingles(int n) {
        Set<String> out = new HashSet<>();
        for (Exemplar exemplar : ExemplarSet.bundled().exemplars()) {
            out.addAll(shingles(exemplar.text(), n));
        }
        for (CarrierSet.Carrier carrier : CarrierSet.bundled().carriers()) {
            out.addAll(shingles(carrier.subject() + "\n" + carrier.body(), n));
        }
        return out;
    }

    private static Set<String> corpusShingles(List<LabelledItem> items, int n) {
        Set<String> out = new HashSet<>();
        for (LabelledItem item : items) {
            out.addAll(shingles(item.text(), n));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/heldout/heldout.jsonl", "/heldout/heldout-v2.jsonl"})
    void heldOutMailIsNotPartOfTheTrainingMaterial(String resource) throws IOException {
        List<LabelledItem> items;
        try (InputStream in = TrainingMaterialTests.class.getResourceAsStream(resource)) {
            items = LabelledCorpus.read(in);
        }
        Set<String> shared = new HashSet<>(trainingShingles(7));
        shared.retainAll(corpusShingles(items, 7));

        assertThat(items).isNotEmpty();
        assertThat(shared).isEmpty();
    }

    @Test
    void theSharedCorpusIsNotCopiedIntoTheTrainingMaterial() throws IOException {
        assumeTrue(Files.exists(SHARED_CORPUS), "shared corpus not beside the repository");
        List<LabelledItem> items;
        try (InputStream in = Files.newInputStream(SHARED_CORPUS)) {
            items = LabelledCorpus.read(in);
        }
        Set<String> shared = new HashSet<>(trainingShingles(8));
        shared.retainAll(corpusShingles(items, 8));

        assertThat(shared).isEmpty();
    }

    @Test
    void carriersParseIntoKindSubjectAndBody() throws IOException {
        CarrierSet set = CarrierSet.parse(new java.io.BufferedReader(new java.io.StringReader(
                "# comment\n=== receipt | Your order\nHi,\n\nThanks.\n=== personal | Sunday\nSee you!\n")));

        assertThat(set.carriers()).containsExactly(new CarrierSet.Carrier("receipt", "Your order", "Hi,\n\nThanks."),
                new CarrierSet.Carrier("personal", "Sunday", "See you!"));
    }
}
