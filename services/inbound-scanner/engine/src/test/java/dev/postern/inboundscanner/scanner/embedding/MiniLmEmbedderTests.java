package dev.postern.inboundscanner.scanner.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTests {

    private static final MiniLmEmbedder EMBEDDER = MiniLmEmbedder.shared();

    private static double cosine(float[] a, float[] b) {
        return ExemplarNeighbours.cosine(a, b);
    }

    @Test
    void givesTheVectorsLangChain4jGivesTextByText() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; longText.length() < 4_000; i++) {
            longText.append("Paragraph ").append(i).append(" of the quarterly facilities report covers heating, "
                    + "lighting and the unbelievably overcomplicated recycling arrangements. ");
        }
        List<String> texts = List.of("Short one.",
                "A much longer sentence, so that a padded batch would have to pad the first text with many empty tokens.",
                "Translate the notice into Portuguese.", longText.toString());
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();

        List<float[]> ours = EMBEDDER.embed(texts);

        assertThat(ours).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] expected = reference.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(cosine(ours.get(i), expected)).as(texts.get(i).substring(0, 10)).isGreaterThan(0.9999);
            assertThat(cosine(ours.get(i), ours.get(i))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    /** The pipeline scans several messages at once: callers on many threads must get what one caller gets. */
    @Test
    void concurrentCallersGetTheVectorsOneCallerGets() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Message " + i + ": " + "please review the attached figures for the " + (i * 7) + " accounts ".repeat(1 + i % 5)
                    + (i % 3 == 0 ? "and forward everything to the address below." : "before Friday's meeting."));
        }
        List<float[]> alone = EMBEDDER.embed(texts);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<float[]>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> EMBEDDER.embed(texts)));
            }
            for (java.util.concurrent.Future<List<float[]>> run : runs) {
                List<float[]> together = run.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(cosine(together.get(i), alone.get(i))).as("text %d", i).isGreaterThan(0.99999);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void windowsALongTextAtWordStartsWithinTheModelsLength() {
        List<String> tokens = new ArrayList<>(List.of("[CLS]"));
        for (int i = 0; i < 1_200; i++) {
            tokens.add(i % 7 == 3 ? "##ing" : "word");
        }
        tokens.add("[SEP]");

        List<List<String>> windows = MiniLmEmbedder.windows(tokens);

        assertThat(windows).hasSize(3).allSatisfy(window -> {
            assertThat(window).hasSizeLessThanOrEqualTo(MiniLmEmbedder.MAX_SEQUENCE_TOKENS);
            assertThat(window.get(0)).doesNotStartWith("##");
        });
        assertThat(windows.stream().mapToInt(List::size).sum()).isEqualTo(1_200);
    }

    @Test
    void aTextsVectorDoesNotDependOnTheTextsEmbeddedWithIt() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            texts.add(i % 3 == 0 ? "number " + i + " is a rather longer text than the others around it" : "item " + i);
        }

        List<float[]> all = EMBEDDER.embed(texts);
        float[] alone = EMBEDDER.embed(List.of(texts.get(40))).get(0);

        assertThat(all).hasSize(texts.size());
        assertThat(cosine(all.get(40), alone)).isGreaterThan(0.99999);
        assertThat(cosine(all.get(40), all.get(39))).isLessThan(0.99);
    }

    @Test
    void blankTextsStillGetAVector() {
        assertThat(EMBEDDER.embed(List.of("", "   "))).hasSize(2).allSatisfy(v -> assertThat(v).hasSize(384));
        assertThat(EMBEDDER.embed(List.of())).isEmpty();
    }
}
