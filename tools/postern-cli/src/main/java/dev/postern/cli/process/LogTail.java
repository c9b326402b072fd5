package dev.postern.cli.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The end of a log file, read without loading the whole file, and following it as it grows. */
public final class LogTail {

    private static final int CHUNK = 8192;

    private LogTail() {
    }

    /** The last {@code count} lines of {@code file}; empty when it does not exist. */
    public static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file) || count <= 0) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long end = raf.length();
            long start = end;
            int newlines = 0;
            byte[] chunk = new byte[CHUNK];
            // Walk back until count+1 line breaks are behind us (the last byte may be a line break).
            while (start > 0 && newlines <= count) {
                int len = (int) Math.min(CHUNK, start);
                start -= len;
                raf.seek(start);
                raf.readFully(chunk, 0, len);
                for (int i = 0; i < len; i++) {
                    if (chunk[i] == '\n') {
                        newlines++;
                    }
                }
            }
            byte[] tail = new byte[(int) (end - start)];
            raf.seek(start);
            raf.readFully(tail);
            List<String> lines = new ArrayList<>(Arrays.asList(new String(tail, StandardCharsets.UTF_8).split("\r?\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Copies what is appended to {@code file} from {@code position} on to {@code out} until
     * {@code stop} says so; starts over when the file is replaced or truncated (a new {@code up}).
     */
    public static void follow(Path file, long position, OutputStream out, BooleanSupplier stop)
            throws IOException, InterruptedException {
        long pos = position;
        Object fileKey = fileKey(file);
        byte[] buf = new byte[CHUNK];
        while (!stop.getAsBoolean()) {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            Object key = fileKey(file);
            if (size < pos || (key != null && !key.equals(fileKey))) {
                pos = 0;
                fileKey = key;
            }
            if (size > pos) {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                    raf.seek(pos);
                    int n;
                    while ((n = raf.read(buf)) > 0) {
                        out.write(buf, 0, n);
                        pos += n;
                    }
                }
                out.flush();
            }
            Thread.sleep(250);
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
