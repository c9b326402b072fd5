package dev.postern.inboundscanner.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One inbound message as the scanner sees it: already MIME-decoded into parts.
 *
 * @param subject        the Subject header, decoded
 * @param textBody       the text/plain body, or empty
 * @param htmlBody       the text/html body, or empty
 * @param attachments    text extracted from attachments
 * @param quotedHistory  quoted earlier messages, when the pipeline has already split them off
 */
public record ScanInput(String subject, String textBody, String htmlBody, List<AttachmentText> attachments,
                        Optional<String> quotedHistory) {

    public ScanInput {
        subject = subject == null ? "" : subject;
        textBody = textBody == null ? "" : textBody;
        htmlBody = htmlBody == null ? "" : htmlBody;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        quotedHistory = quotedHistory == null ? Optional.empty() : quotedHistory;
    }

    public static ScanInput ofText(String subject, String textBody) {
        return builder().subject(subject).textBody(textBody).build();
    }

    public static ScanInput ofHtml(String subject, String htmlBody) {
        return builder().subject(subject).htmlBody(htmlBody).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Total characters across all parts, before any limit is applied. */
    public long totalChars() {
        long total = (long) subject.length() + textBody.length() + htmlBody.length()
                + quotedHistory.map(String::length).orElse(0);
        for (AttachmentText attachment : attachments) {
            total += attachment.text().length();
        }
        return total;
    }

    public static final class Builder {
        private String subject = "";
        private String textBody = "";
        private String htmlBody = "";
        private final List<AttachmentText> attachments = new ArrayList<>();
        private String quotedHistory;

        private Builder() {
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder textBody(String value) {
            textBody = value;
            return this;
        }

        public Builder htmlBody(String value) {
            htmlBody = value;
            return this;
        }

        public Builder attachment(String name, String text) {
            attachments.add(new AttachmentText(name, text));
            return this;
        }

        public Builder quotedHistory(String value) {
            quotedHistory = value;
            return this;
        }

        public ScanInput build() {
            return new ScanInput(subject, textBody, htmlBody, attachments, Optional.ofNullable(quotedHistory));
        }
    }
}
