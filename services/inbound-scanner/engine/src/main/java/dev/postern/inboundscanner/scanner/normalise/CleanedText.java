package dev.postern.inboundscanner.scanner.normalise;

/**
 * Text after invisible characters were removed, Unicode tag characters decoded, NFKC applied and confusables folded.
 *
 * @param text               the cleaned text (what rules and the classifier read)
 * @param readable           the cleaned text without confusable folding (what an agent is shown)
 * @param tagPayload         ASCII recovered from Unicode tag characters (U+E0020–U+E007E), or empty
 * @param tagCharacters      number of Unicode tag characters seen
 * @param invisibleCharacters number of zero-width, soft-hyphen, variation-selector and bidi-control characters removed
 * @param invisibleInsideWords how many of those sat between two letters (the typical obfuscation)
 * @param foldedConfusables  characters folded from look-alike scripts to Latin
 * @param mixedScriptWords   words mixing Latin with look-alike letters
 */
public record CleanedText(String text, String readable, String tagPayload, int tagCharacters,
                          int invisibleCharacters, int invisibleInsideWords, int foldedConfusables,
                          int mixedScriptWords) {
}
