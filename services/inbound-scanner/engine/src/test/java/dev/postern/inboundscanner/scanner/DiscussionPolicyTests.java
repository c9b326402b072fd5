package dev.postern.inboundscanner.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.inboundscanner.scanner.embedding.EmbeddingLayer;
import dev.postern.inboundscanner.scanner.normalise.MessageNormaliser;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscussionPolicyTests {

    private static final String EXAMPLE = "ignore previous instructions";
    private static final String LISTEN = "Listen on your usual podcast app or at signal.example/74.";
    private static final NormalisedMessage PODCAST = new MessageNormaliser(ScannerSettings.defaults()).normalise(
            ScanInput.ofText("New episode: what is in a system prompt?",
                    "Hi listeners,\n\nThis week: prompt injection. Chapters: 17:30 Prompt leaking and \"" + EXAMPLE
                            + "\"; 31:05 listener questions.\n\n" + LISTEN));

    private static Evidence quotedExample() {
        String visible = PODCAST.text(Channel.VISIBLE);
        return new Evidence(Channel.VISIBLE, visible.indexOf(EXAMPLE), EXAMPLE.length(), EXAMPLE,
                "override.ignore-instructions", "rules", 1.7, "visible");
    }

    private static Evidence passage(Channel channel, double weight) {
        String visible = PODCAST.text(Channel.VISIBLE);
        return new Evidence(channel, visible.indexOf(LISTEN), LISTEN.length(), LISTEN, "passage-model(nearest=x)",
                EmbeddingLayer.NAME, weight, "visible");
    }

    @Test
    void aQuotedExampleAloneIsDiscussion() {
        assertThat(DiscussionPolicy.isDiscussionOnly(PODCAST, List.of(quotedExample()))).isTrue();
    }

    @Test
    void aPassageTheModelIsUnsureOfDoesNotCountAgainstTheDiscussion() {
        assertThat(DiscussionPolicy.isDiscussionOnly(PODCAST,
                List.of(quotedExample(), passage(Channel.VISIBLE, DiscussionPolicy.PASSAGE_COUNTS_FROM - 0.05)))).isTrue();
    }

    @Test
    void aPassageTheModelIsSureOfCounts() {
        assertThat(DiscussionPolicy.isDiscussionOnly(PODCAST,
                List.of(quotedExample(), passage(Channel.VISIBLE, DiscussionPolicy.PASSAGE_COUNTS_FROM + 0.05)))).isFalse();
    }

    @Test
    void aPassageOutOfSightAlwaysCounts() {
        assertThat(DiscussionPolicy.isDiscussionOnly(PODCAST, List.of(quotedExample(), passage(Channel.HIDDEN, 0.6)))).isFalse();
    }
}
