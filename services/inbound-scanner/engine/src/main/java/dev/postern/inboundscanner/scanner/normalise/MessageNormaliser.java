package dev.postern.inboundscanner.scanner.normalise;

import dev.postern.inboundscanner.scanner.AttachmentText;
import dev.postern.inboundscanner.scanner.Channel;
import dev.postern.inboundscanner.scanner.ScanInput;
import dev.postern.inboundscanner.scanner.ScannerSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Layer 1: turns a {@link ScanInput} into channels of cleaned text. Input is cut to the configured limits first,
 * so hostile sizes cost bounded time and memory.
 */
public class MessageNormaliser {

    private final ScannerSettings settings;
    private final EncodedRunDecoder decoder;
    private final ScrambledTextDecoder scrambled;

    public MessageNormaliser(ScannerSettings settings) {
        this.settings = settings;
        this.decoder = new EncodedRunDecoder(settings.maxDecodedChars());
        this.scrambled = new ScrambledTextDecoder(settings.maxDecodedChars());
    }

    public NormalisedMessage normalise(ScanInput input) {
        ChannelBuilder builder = new ChannelBuilder();
        boolean[] truncated = {false};

        builder.add(Channel.SUBJECT, "subject", limit(input.subject(), truncated));

        String text = limit(input.textBody(), truncated);
        if (!text.isBlank()) {
            QuotedHistorySplitter.Split split = QuotedHistorySplitter.split(text);
            builder.add(Channel.VISIBLE, "text", split.fresh());
            builder.add(Channel.QUOTED, "text:quoted", split.quoted());
        }
        int hiddenHtmlChars = 0;
        String html = input.htmlBody();
        if (!html.isBlank()) {
            if (html.length() > settings.maxHtmlChars()) {
                html = html.substring(0, settings.maxHtmlChars());
                truncated[0] = true;
            }
            HtmlChannels htmlChannels = HtmlChannelExtractor.extract(html);
            // The preview text is read with the subject, in plain sight: it is what the inbox list shows.
            builder.add(Channel.SUBJECT, "html:preheader", htmlChannels.preheader());
            builder.add(Channel.VISIBLE, "html", htmlChannels.visible());
            builder.add(Channel.QUOTED, "html:quoted", htmlChannels.quoted());
            for (HtmlChannels.HiddenText hidden : htmlChannels.hidden()) {
                builder.add(Channel.HIDDEN, "html:" + hidden.reason(), hidden.text());
                if (!hidden.reason().equals("alt-attribute") && !hidden.reason().equals("title-attribute")
                        && !hidden.reason().equals("aria-label-attribute")) {
                    hiddenHtmlChars += hidden.text().length();
                }
            }
        }
        input.quotedHistory().ifPresent(quoted -> builder.add(Channel.QUOTED, "quoted-history", limit(quoted, truncated)));
        for (AttachmentText attachment : input.attachments()) {
            builder.add(Channel.ATTACHMENT, "attachment:" + attachment.name(), limit(attachment.text(), truncated));
        }

        // Decode encoded runs found anywhere (including in hidden text and tag payloads).
        int decodedRuns = 0;
        for (Channel channel : List.of(Channel.SUBJECT, Channel.VISIBLE, Channel.QUOTED, Channel.HIDDEN, Channel.ATTACHMENT)) {
            for (DecodedRun run : decoder.decode(builder.text(channel))) {
                builder.addClean(Channel.DECODED, run.encoding() + ":" + channel.name().toLowerCase(java.util.Locale.ROOT),
                        TextCleaner.clean(run.text()).text());
                decodedRuns++;
            }
            // Spaced-out letters, digits for letters, reversed lines, ROT13: written for a model to read, not a filter.
            for (DecodedRun run : scrambled.decode(builder.text(channel))) {
                builder.addClean(Channel.DECODED, run.encoding() + ":" + channel.name().toLowerCase(java.util.Locale.ROOT),
                        TextCleaner.clean(run.text()).text());
                decodedRuns++;
            }
        }
        ObfuscationSignals signals = new ObfuscationSignals(builder.tagCharacters, builder.invisibleInsideWords,
                builder.mixedScriptWords, hiddenHtmlChars, decodedRuns, truncated[0]);
        return new NormalisedMessage(builder.channels(), builder.segments, signals, builder.visibleText());
    }

    private String limit(String part, boolean[] truncated) {
        if (part.length() > settings.maxPartChars()) {
            truncated[0] = true;
            return part.substring(0, settings.maxPartChars());
        }
        return part;
    }

    /** Accumulates cleaned segments per channel; tag-character payloads go to the hidden channel. */
    private static final class ChannelBuilder {
        private final Map<Channel, StringBuilder> texts = new EnumMap<>(Channel.class);
        private final Map<Channel, List<NormalisedMessage.Segment>> segments = new EnumMap<>(Channel.class);
        private final StringBuilder visible = new StringBuilder();
        int tagCharacters;
        int invisibleInsideWords;
        int mixedScriptWords;

        void add(Channel channel, String source, String raw) {
            if (raw == null || raw.isBlank()) {
                return;
            }
            CleanedText cleaned = TextCleaner.clean(raw);
            tagCharacters += cleaned.tagCharacters();
            invisibleInsideWords += cleaned.invisibleInsideWords();
            mixedScriptWords += cleaned.mixedScriptWords();
            addClean(channel, source, cleaned.text());
            if (channel.inPlainSight()) {
                if (!visible.isEmpty()) {
                    visible.append("\n\n");
                }
                visible.append(cleaned.readable().strip());
            }
            if (!cleaned.tagPayload().isBlank()) {
                addClean(Channel.HIDDEN, "unicode-tags:" + source, TextCleaner.clean(cleaned.tagPayload()).text());
            }
        }

        void addClean(Channel channel, String source, String text) {
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                return;
            }
            StringBuilder builder = texts.computeIfAbsent(channel, c -> new StringBuilder());
            if (!builder.isEmpty()) {
                builder.append("\n\n");
            }
            int start = builder.length();
            builder.append(stripped);
            segments.computeIfAbsent(channel, c -> new ArrayList<>())
                    .add(new NormalisedMessage.Segment(start, builder.length(), source));
        }

        String text(Channel channel) {
            StringBuilder builder = texts.get(channel);
            return builder == null ? "" : builder.toString();
        }

        Map<Channel, String> channels() {
            Map<Channel, String> result = new EnumMap<>(Channel.class);
            texts.forEach((channel, text) -> result.put(channel, text.toString()));
            return result;
        }

        String visibleText() {
            return visible.toString();
        }
    }
}
