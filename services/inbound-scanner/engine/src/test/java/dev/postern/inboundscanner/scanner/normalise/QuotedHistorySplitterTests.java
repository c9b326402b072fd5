package dev.postern.inboundscanner.scanner.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedHistorySplitterTests {

    @Test
    void splitsAttributionAndQuotedLines() {
        QuotedHistorySplitter.Split split = QuotedHistorySplitter.split(
                "Fine by me.\n\nOn Tue, 4 Mar 2025 at 10:00, Sam <sam@example.org> wrote:\n> Shall we meet at 3?\n> Sam");

        assertThat(split.fresh()).isEqualTo("Fine by me.");
        assertThat(split.quoted()).contains("Shall we meet at 3?").contains("wrote:");
    }

    @Test
    void treatsInlineQuotesAsQuoted() {
        QuotedHistorySplitter.Split split = QuotedHistorySplitter.split("> old line\nnew answer\n>> older line");

        assertThat(split.fresh()).isEqualTo("new answer");
        assertThat(split.quoted()).isEqualTo("old line\nolder line");
    }

    @Test
    void keepsTheIndentOfAQuotedCodeBlock() {
        QuotedHistorySplitter.Split split = QuotedHistorySplitter.split(
                "Agreed.\n\nOn Tue, 4 Mar 2025 at 10:00, Sam <sam@example.org> wrote:\n> The template is:\n>\n>     {system}<|eot_id|>\n>> nested reply");

        assertThat(split.quoted()).contains("The template is:\n\n    {system}<|eot_id|>\nnested reply");
    }
}
