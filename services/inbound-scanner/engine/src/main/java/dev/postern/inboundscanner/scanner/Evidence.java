package dev.postern.inboundscanner.scanner;

import java.util.Objects;

/**
 * One reason behind a score.
 *
 * @param channel where the span is
 * @param offset  start of the span in that channel's normalised text ({@code -1} for message-wide signals)
 * @param length  length of the span ({@code 0} for message-wide signals)
 * @param excerpt the span, shortened to at most {@value #MAX_EXCERPT} characters
 * @param rule    the rule, signal or classifier output that fired (e.g. {@code override.ignore-previous})
 * @param layer   the layer that produced it: {@code normalisation}, {@code rules}, {@code embedding}, {@code judge}, {@code scanner}
 * @param weight  its contribution before the layer squashed its sum into 0–1
 * @param source  finer origin inside the channel, e.g. {@code html:display-none} or {@code attachment:notes.txt}
 */
public record Evidence(Channel channel, int offset, int length, String excerpt, String rule, String layer,
                       double weight, String source) {

    public static final int MAX_EXCERPT = 160;

    public Evidence {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(layer, "layer");
        excerpt = shorten(excerpt == null ? "" : excerpt);
        source = source == null ? "" : source;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_EXCERPT ? oneLine : oneLine.substring(0, MAX_EXCERPT - 1) + "…";
    }
}
