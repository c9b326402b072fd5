package dev.postern.inboundscanner.scanner.normalise;

import java.util.List;

/**
 * What an HTML body holds, split by who can see it.
 *
 * @param visible text a person sees
 * @param quoted  text inside quoting blocks (blockquote, mail clients' quote containers)
 * @param hidden  text only a machine reads, each piece with the reason it is hidden
 * @param preheader the preview text an inbox list shows beside the subject (hidden in the body, seen in the list)
 */
public record HtmlChannels(String visible, String quoted, List<HiddenText> hidden, String preheader) {

    /** @param reason e.g. {@code display-none}, {@code colour-matches-background}, {@code comment}, {@code alt-attribute} */
    public record HiddenText(String reason, String text) {
    }
}
