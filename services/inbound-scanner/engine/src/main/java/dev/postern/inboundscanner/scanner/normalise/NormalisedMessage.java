package dev.postern.inboundscanner.scanner.normalise;

import dev.postern.inboundscanner.scanner.Channel;
import java.util.List;
import java.util.Map;

/**
 * A message normalised into channels. Each channel is one string (its segments joined by blank lines), and
 * evidence offsets point into it.
 *
 * @param channels    normalised text per channel (only channels with text)
 * @param segments    where each channel's segments start, with the segment's origin
 * @param signals     obfuscation counts
 * @param visibleText what a person sees (subject, body, quoted history), cleaned but not folded
 */
public record NormalisedMessage(Map<Channel, String> channels, Map<Channel, List<Segment>> segments,
                                ObfuscationSignals signals, String visibleText) {

    /** @param start offset in the channel text; @param source e.g. {@code html:display-none}, {@code attachment:a.pdf} */
    public record Segment(int start, int end, String source) {
    }

    public String text(Channel channel) {
        return channels.getOrDefault(channel, "");
    }

    /** The origin of the segment that contains {@code offset} in {@code channel}. */
    public String sourceAt(Channel channel, int offset) {
        for (Segment segment : segments.getOrDefault(channel, List.of())) {
            if (offset >= segment.start() && offset < segment.end()) {
                return segment.source();
            }
        }
        return channel.name().toLowerCase(java.util.Locale.ROOT);
    }
}
