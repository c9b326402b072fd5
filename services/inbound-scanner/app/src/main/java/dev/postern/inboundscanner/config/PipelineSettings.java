package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Parsing limits, the processing job queue and the repeat-offender policy. */
@ConfigMapping(prefix = "postern.inbound")
public interface PipelineSettings {

    Limits limits();

    Jobs jobs();

    Block block();

    /** authserv-ids whose Authentication-Results header is believed: the receiving MTA's (SES receipt verdicts). */
    @WithDefault("postern-ses-receipt")
    List<String> trustedAuthservIds();

    /**
     * Believe the topmost Authentication-Results header whatever its authserv-id: only where nothing in front of us
     * adds one (the local stack, tests); never in production, where a sender could write its own.
     */
    @WithDefault("false")
    boolean trustAnyAuthservId();

    /** Explicit limits: past a hard one the message is quarantined with the reason; past a soft one it is flagged. */
    interface Limits {
        /** Header fields in the top-level header (hard). */
        @WithDefault("500")
        int maxHeaders();

        /** Characters of one unfolded header field (hard). */
        @WithDefault("16384")
        int maxHeaderChars();

        /** multipart / message/rfc822 nesting (hard). */
        @WithDefault("12")
        int maxDepth();

        /** MIME parts in total (hard). */
        @WithDefault("500")
        int maxParts();

        /** Attachments read; the rest are listed but not extracted (soft). */
        @WithDefault("20")
        int maxAttachments();

        /** Decoded bytes of one text-like attachment that are extracted for scanning (soft). */
        @WithDefault("1048576")
        int maxAttachmentBytes();

        /** Characters of body text kept (soft; the scanner reads its own bounded share). */
        @WithDefault("500000")
        int maxTextChars();
    }

    interface Jobs {
        @WithDefault("0.5s")
        Duration pollInterval();

        @WithDefault("8")
        int batch();

        /** A claimed job not finished within this is claimed again (its worker died). */
        @WithDefault("120s")
        Duration lease();

        /** After this many failed attempts the message is marked failed (not delivered; raw MIME kept). */
        @WithDefault("10")
        int maxAttempts();

        @WithDefault("2s")
        Duration retryInitial();

        @WithDefault("10m")
        Duration retryMax();
    }

    /** A sender whose mail is quarantined {@code threshold} times within {@code window} is blocked for the workspace. */
    interface Block {
        @WithDefault("3")
        int threshold();

        @WithDefault("7d")
        Duration window();
    }
}
