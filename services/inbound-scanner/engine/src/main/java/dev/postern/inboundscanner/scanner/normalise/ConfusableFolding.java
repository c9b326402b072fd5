package dev.postern.inboundscanner.scanner.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds letters from other scripts that look like Latin letters (Cyrillic "а", Greek "ο"…) back to Latin.
 * A small hand-made table of the look-alikes used in practice; every mapping is one char to one char,
 * so offsets survive folding.
 */
final class ConfusableFolding {

    private static final Map<Character, Character> TO_LATIN = new HashMap<>();

    static {
        // Cyrillic lower case
        map("аa", "вb", "сc", "ԁd", "еe", "һh", "іi", "јj", "кk", "ӏl", "мm", "пn", "оo", "рp", "ԛq", "гr", "ѕs",
                "тt", "цu", "ѵv", "ԝw", "хx", "уy", "ᴢz", "ёe", "ӧo");
        // Cyrillic upper case
        map("АA", "ВB", "СC", "ЕE", "НH", "ІI", "ЈJ", "КK", "МM", "ОO", "РP", "ЅS", "ТT", "ХX", "УY", "ԜW", "ԌG");
        // Greek
        map("αa", "βb", "εe", "ιi", "κk", "νv", "οo", "ρp", "τt", "υu", "χx", "γy", "ΑA", "ΒB", "ΕE", "ΗH", "ΙI",
                "ΚK", "ΜM", "ΝN", "ΟO", "ΡP", "ΤT", "ΥY", "ΧX", "ΖZ");
        // Armenian and Latin extensions that survive NFKC
        map("օo", "սu", "ցg", "հh", "ոn", "ɑa", "ɡg", "ıi", "ȷj", "ʟL", "ᴠv", "ꮃw");
    }

    private ConfusableFolding() {
    }

    private static void map(String... pairs) {
        for (String pair : pairs) {
            if (pair.length() == 2) {
                TO_LATIN.put(pair.charAt(0), pair.charAt(1));
            }
        }
    }

    /** The Latin letter {@code c} imitates, or {@code c} itself. */
    static char fold(char c) {
        Character latin = TO_LATIN.get(c);
        return latin == null ? c : latin;
    }

    static boolean isConfusable(char c) {
        return TO_LATIN.containsKey(c);
    }
}
