package dev.postern.inboundscanner.eval;

import dev.postern.inboundscanner.scanner.ScanInput;

/**
 * One line of a labelled JSONL file: {@code {"id","text","label":"injection"|"benign","source","category","format"}}.
 * Email-like text reads {@code Subject: <subject>\n\n<body>}; {@code format} is {@code text} or {@code html}.
 */
public record LabelledItem(String id, String text, boolean injection, String source, String category, String format) {

    /** The message as the pipeline would hand it to the scanner. */
    public ScanInput toScanInput() {
        String subject = "";
        String body = text;
        if (text.startsWith("Subject:")) {
            int end = text.indexOf('\n');
            subject = (end < 0 ? text.substring(8) : text.substring(8, end)).strip();
            body = end < 0 ? "" : text.substring(end + 1).stripLeading();
        }
        return "html".equalsIgnoreCase(format) ? ScanInput.ofHtml(subject, body) : ScanInput.ofText(subject, body);
    }

    /** The family a source belongs to, so that long source descriptions group into a few rows. */
    public String family() {
        String s = source.toLowerCase(java.util.Locale.ROOT);
        if (s.contains("bipia")) {
            return "bipia";
        }
        if (s.contains("agentdojo")) {
            return "agentdojo";
        }
        if (s.contains("greshake") || s.contains("llm-security")) {
            return "greshake";
        }
        if (s.startsWith("synthetic")) {
            return "synthetic";
        }
        if (s.contains("spamassassin") || s.contains("spam-assassin")) {
            return "spamassassin";
        }
        String head = s.split("[\\s:/(]", 2)[0];
        return head.isEmpty() ? "other" : head.length() > 24 ? head.substring(0, 24) : head;
    }
}
