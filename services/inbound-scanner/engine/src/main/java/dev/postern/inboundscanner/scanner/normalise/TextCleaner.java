package dev.postern.inboundscanner.scanner.normalise;

import java.text.Normalizer;

/**
 * Cleans one piece of text: decodes and removes Unicode tag characters, removes invisible characters, applies NFKC
 * and folds confusable letters in Latin-dominant text. Every step is counted, because the counts are evidence.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    public static CleanedText clean(String raw) {
        StringBuilder kept = new StringBuilder(raw.length());
        StringBuilder tagPayload = new StringBuilder();
        int tags = 0;
        int invisible = 0;
        int invisibleInWords = 0;
        int previous = -1;
        boolean pendingInvisible = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xE0000 && cp <= 0xE007F) {
                tags++;
                if (cp >= 0xE0020 && cp <= 0xE007E) {
                    tagPayload.append((char) (cp - 0xE0000));
                }
                continue;
            }
            if (isInvisible(cp)) {
                invisible++;
                if (cp != 0x00AD && previous >= 0 && Character.isLetterOrDigit(previous)) {
                    pendingInvisible = true;
                }
                continue;
            }
            if (pendingInvisible && Character.isLetterOrDigit(cp)) {
                invisibleInWords++;
            }
            pendingInvisible = false;
            kept.appendCodePoint(cp);
            previous = cp;
        }
        String readable = Normalizer.normalize(kept, Normalizer.Form.NFKC);
        Folded folded = foldConfusables(readable);
        return new CleanedText(folded.text, readable, tagPayload.toString(), tags, invisible, invisibleInWords,
                folded.foldedChars, folded.mixedWords);
    }

    /** Zero-width, joiners, soft hyphen, word joiners, BOM, variation selectors and bidi controls. */
    static boolean isInvisible(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x17B4
                || cp == 0x17B5 || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1D173 && cp <= 0x1D17A);
    }

    private record Folded(String text, int foldedChars, int mixedWords) {
    }

    private static Folded foldConfusables(String text) {
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        boolean latinDominant = letters > 0 && latin * 2 >= letters;
        char[] out = text.toCharArray();
        for (int q = 0; q < out.length; q++) {
            // Typographic quotes and dashes read as ASCII to rules; one char for one, so offsets hold.
            switch (out[q]) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4' -> out[q] = '\'';
                case '\u201C', '\u201D', '\u201F', '\u00AB', '\u00BB' -> out[q] = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> out[q] = '-';
                default -> { }
            }
        }
        int folded = 0;
        int mixedWords = 0;
        int i = 0;
        while (i < out.length) {
            if (!Character.isLetter(out[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean hasLatin = false;
            boolean hasConfusable = false;
            boolean hasOtherScript = false;
            while (i < out.length && Character.isLetter(out[i])) {
                char c = out[i];
                if (c < 0x250) {
                    hasLatin = true;
                } else if (ConfusableFolding.isConfusable(c)) {
                    hasConfusable = true;
                } else {
                    hasOtherScript = true;
                }
                i++;
            }
            if (!hasConfusable || hasOtherScript) {
                continue;
            }
            if (hasLatin) {
                mixedWords++;
            }
            if (hasLatin || latinDominant) {
                for (int k = start; k < i; k++) {
                    char f = ConfusableFolding.fold(out[k]);
                    if (f != out[k]) {
                        out[k] = f;
                        folded++;
                    }
                }
            }
        }
        return new Folded(new String(out), folded, mixedWords);
    }
}
