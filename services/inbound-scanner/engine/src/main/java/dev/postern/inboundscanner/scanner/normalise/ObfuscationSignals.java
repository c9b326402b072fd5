package dev.postern.inboundscanner.scanner.normalise;

/**
 * Message-wide counts from normalisation; each is evidence on its own.
 *
 * @param tagCharacters        Unicode tag characters (invisible ASCII smuggling)
 * @param invisibleInsideWords zero-width and similar characters splitting words
 * @param mixedScriptWords     words mixing Latin with look-alike letters
 * @param hiddenHtmlChars      characters of text in hidden HTML (excluding alt/title attributes)
 * @param decodedRuns          encoded runs that decoded to readable text
 * @param truncated            whether a part was longer than the configured limit
 */
public record ObfuscationSignals(int tagCharacters, int invisibleInsideWords, int mixedScriptWords,
                                 int hiddenHtmlChars, int decodedRuns, boolean truncated) {
}
