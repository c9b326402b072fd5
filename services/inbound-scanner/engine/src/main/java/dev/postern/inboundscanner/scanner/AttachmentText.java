package dev.postern.inboundscanner.scanner;

import java.util.Objects;

/** Text already extracted from one attachment (PDF, DOCX, plain text…) by the pipeline. */
public record AttachmentText(String name, String text) {
    public AttachmentText {
        name = name == null ? "" : name;
        Objects.requireNonNull(text, "text");
    }
}
