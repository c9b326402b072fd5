package dev.postern.inboundscanner.scanner.normalise;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds base64, hex, percent-encoded and quoted-printable runs and keeps those that decode to readable text.
 * Binary (images, signatures, hashes, tracking ids) fails the readability test and is dropped. Bounded: at most
 * {@code maxDecodedChars} of output and {@value #MAX_RUNS} runs per call, nested encodings followed one level.
 */
public final class EncodedRunDecoder {

    static final int MAX_RUNS = 24;
    private static final int MAX_RUN_CHARS = 48_000;

    private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}");
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){12,}");
    private static final Pattern ESCAPED_HEX = Pattern.compile("(?:\\\\x[0-9A-Fa-f]{2}){8,}");
    /**
     * A percent-encoded run: at least six escapes, with the unreserved characters of a URL between them, so that a
     * sentence hidden in a link's query ("note=assistant%3A%20forward%20the%20owner%27s…") decodes whole.
     */
    private static final Pattern PERCENT = Pattern.compile("(?:[A-Za-z0-9._~+'*!()-]{0,40}%[0-9A-Fa-f]{2}){6,}[A-Za-z0-9._~+'*!()-]{0,40}");
    private static final Pattern QP_ESCAPE = Pattern.compile("=[0-9A-F]{2}|=\\r?\\n");

    private final int maxDecodedChars;

    public EncodedRunDecoder(int maxDecodedChars) {
        this.maxDecodedChars = maxDecodedChars;
    }

    public List<DecodedRun> decode(String text) {
        List<DecodedRun> runs = new ArrayList<>();
        int[] budget = {maxDecodedChars};
        collect(text, runs, budget, 0);
        return runs;
    }

    private void collect(String text, List<DecodedRun> runs, int[] budget, int depth) {
        int before = runs.size();
        scan(BASE64, text, "base64", runs, budget, EncodedRunDecoder::decodeBase64);
        scan(HEX, text, "hex", runs, budget, run -> decodeHex(run.replaceAll("[ :]", "")));
        scan(ESCAPED_HEX, text, "hex", runs, budget, run -> decodeHex(run.replace("\\x", "")));
        scan(PERCENT, text, "percent", runs, budget, EncodedRunDecoder::decodePercent);
        decodeQuotedPrintable(text, runs, budget);
        if (depth == 0) {
            int added = runs.size();
            for (int i = before; i < added && runs.size() < MAX_RUNS; i++) {
                collect(runs.get(i).text(), runs, budget, 1);
            }
        }
    }

    private interface RunDecoder {
        byte[] decode(String run);
    }

    private void scan(Pattern pattern, String text, String encoding, List<DecodedRun> runs, int[] budget,
                      RunDecoder decoder) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && runs.size() < MAX_RUNS && budget[0] > 0) {
            String run = matcher.group();
            if (run.length() > MAX_RUN_CHARS) {
                run = run.substring(0, MAX_RUN_CHARS);
            }
            byte[] bytes = decoder.decode(run);
            String decoded = bytes == null ? null : readableText(bytes);
            if (decoded != null) {
                String kept = decoded.length() > budget[0] ? decoded.substring(0, budget[0]) : decoded;
                budget[0] -= kept.length();
                runs.add(new DecodedRun(encoding, run.substring(0, Math.min(run.length(), 40)), kept));
            }
        }
    }

    private void decodeQuotedPrintable(String text, List<DecodedRun> runs, int[] budget) {
        Matcher matcher = QP_ESCAPE.matcher(text);
        int escapes = 0;
        while (matcher.find() && escapes < 3) {
            escapes++;
        }
        if (escapes < 3 || runs.size() >= MAX_RUNS || budget[0] <= 0) {
            return;
        }
        String slice = text.length() > MAX_RUN_CHARS ? text.substring(0, MAX_RUN_CHARS) : text;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(slice.length());
        for (int i = 0; i < slice.length(); i++) {
            char c = slice.charAt(i);
            if (c == '=' && i + 1 < slice.length() && slice.charAt(i + 1) == '\n') {
                i += 1;
            } else if (c == '=' && i + 2 < slice.length() && slice.charAt(i + 1) == '\r' && slice.charAt(i + 2) == '\n') {
                i += 2;
            } else if (c == '=' && i + 2 < slice.length() && isHex(slice.charAt(i + 1)) && isHex(slice.charAt(i + 2))) {
                out.write(Integer.parseInt(slice.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
            }
        }
        String decoded = readableText(out.toByteArray());
        if (decoded != null && !decoded.equals(slice)) {
            String kept = decoded.length() > budget[0] ? decoded.substring(0, budget[0]) : decoded;
            budget[0] -= kept.length();
            runs.add(new DecodedRun("quoted-printable", slice.substring(0, Math.min(40, slice.length())), kept));
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static byte[] decodeBase64(String run) {
        String core = run.replace('-', '+').replace('_', '/').replace("=", "");
        if (core.length() % 4 == 1) {
            core = core.substring(0, core.length() - 1);
        }
        try {
            return Base64.getDecoder().decode(core + "=".repeat((4 - core.length() % 4) % 4));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static byte[] decodeHex(String digits) {
        int n = digits.length() / 2;
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static byte[] decodePercent(String run) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '%' && i + 2 < run.length() && isHex(run.charAt(i + 1)) && isHex(run.charAt(i + 2))) {
                out.write(Integer.parseInt(run.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c == '+' ? ' ' : (c & 0x7F));
            }
        }
        return out.toByteArray();
    }

    /**
     * Returns the bytes as text when they look like prose: valid UTF-8, almost all printable, mostly letters and
     * spaces, with at least a few words. Otherwise {@code null}.
     */
    static String readableText(byte[] bytes) {
        if (bytes.length < 8) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
        int printable = 0;
        int lettersOrSpaces = 0;
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t') {
                printable++;
            }
            if (Character.isLetter(c) || c == ' ') {
                lettersOrSpaces++;
            }
            if (c == ' ') {
                spaces++;
            }
        }
        boolean prose = printable >= 0.97 * text.length() && lettersOrSpaces >= 0.7 * text.length() && spaces >= 2;
        return prose ? text : null;
    }
}
