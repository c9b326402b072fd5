package dev.postern.inboundscanner.scanner.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the CSS colour forms mail uses (hex, rgb(), a few names) to compare text against its background. */
final class CssColours {

    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})");
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})\\b");
    private static final Map<String, int[]> NAMES = Map.of(
            "white", new int[]{255, 255, 255}, "black", new int[]{0, 0, 0}, "snow", new int[]{255, 250, 250},
            "whitesmoke", new int[]{245, 245, 245}, "ivory", new int[]{255, 255, 240},
            "transparent", new int[]{-1, -1, -1});

    private CssColours() {
    }

    /** RGB of a colour, or {@code null} when it is not one we can read. */
    static int[] parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher hex = HEX.matcher(v.startsWith("#") ? v : "#" + v);
        if (hex.lookingAt()) {
            String h = hex.group(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return new int[]{Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)};
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.find()) {
            return new int[]{Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)),
                    Integer.parseInt(rgb.group(3))};
        }
        String first = v.split("[\\s;]")[0];
        int[] named = NAMES.get(first);
        return named == null || named[0] < 0 ? null : named;
    }

    static boolean nearlyEqual(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) <= 24;
    }
}
