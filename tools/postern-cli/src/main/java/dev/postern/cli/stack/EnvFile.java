package dev.postern.cli.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code KEY='value'} files that a POSIX shell can source
 * ({@code set -a; . .postern/local.env; set +a}) and that this CLI reads back. Values are
 * single-quoted, so nothing in them is expanded by the shell. Files are written whole, from a
 * map, readable by their owner only, and replaced atomically.
 */
public final class EnvFile {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvFile() {
    }

    /** The entries of {@code file} in file order; empty when the file does not exist. */
    public static Map<String, String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Writes {@code entries} in map order, replacing the file, mode 600 where the file system has modes. */
    public static void write(Path file, Map<String, String> entries, String header) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            restrictToOwner(tmp);
            Files.writeString(tmp, format(entries, header), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Sets owner-only read/write on {@code file} (no-op where the file system has no POSIX modes). */
    public static void restrictToOwner(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    static String format(Map<String, String> entries, String header) {
        StringBuilder out = new StringBuilder();
        if (header != null && !header.isBlank()) {
            for (String line : header.strip().split("\n")) {
                out.append("# ").append(line).append('\n');
            }
        }
        entries.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a shell variable name: " + key);
            }
            if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("value of " + key + " must be one line of text");
            }
            out.append(key).append('=').append(quote(value)).append('\n');
        });
        return out.toString();
    }

    /** Single-quotes {@code value} for a POSIX shell: {@code it's} becomes {@code 'it'\''s'}. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).stripLeading();
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || !KEY.matcher(line.substring(0, eq)).matches()) {
                continue;
            }
            entries.put(line.substring(0, eq), unquote(line.substring(eq + 1)));
        }
        return entries;
    }

    /** One shell word: single quotes, double quotes and backslashes as sh reads them; stops at blank or comment. */
    private static String unquote(String word) {
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '\'') {
                int end = word.indexOf('\'', i + 1);
                end = end < 0 ? word.length() : end;
                value.append(word, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < word.length() && word.charAt(i) != '"') {
                    char d = word.charAt(i);
                    if (d == '\\' && i + 1 < word.length() && "\"\\$`".indexOf(word.charAt(i + 1)) >= 0) {
                        d = word.charAt(++i);
                    }
                    value.append(d);
                    i++;
                }
                i++;
            } else if (c == '\\' && i + 1 < word.length()) {
                value.append(word.charAt(i + 1));
                i += 2;
            } else if (Character.isWhitespace(c)) {
                break;
            } else {
                value.append(c);
                i++;
            }
        }
        return value.toString();
    }
}
