package dev.postern.inboundscanner;

import dev.postern.inboundscanner.client.SmtpListener;
import io.quarkus.arc.Arc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A bare SMTP client over a socket, so that tests see each reply code exactly as a sending server would. */
public final class SmtpDialogue implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final String greeting;

    private SmtpDialogue(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        out = socket.getOutputStream();
        greeting = reply();
    }

    public static SmtpDialogue open() {
        try {
            return new SmtpDialogue(port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int port() {
        return Arc.container().instance(SmtpListener.class).get().port();
    }

    public String greeting() {
        return greeting;
    }

    /** Sends one command line; returns the whole (last line of the) reply. */
    public String command(String line) {
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DATA, the message (dot-stuffed), the final dot; returns the reply to the final dot (or to DATA if refused). */
    public String data(byte[] message) {
        String go = command("DATA");
        if (!go.startsWith("354")) {
            return go;
        }
        try {
            String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
            StringBuilder stuffed = new StringBuilder();
            for (String l : text.split("\r\n", -1)) {
                stuffed.append(l.startsWith(".") ? "." + l : l).append("\r\n");
            }
            out.write(stuffed.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(".\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole transaction: EHLO, MAIL, each RCPT, DATA; returns the final reply. */
    public static String send(String from, String to, String message) {
        try (SmtpDialogue smtp = open()) {
            smtp.command("EHLO client.example");
            smtp.command("MAIL FROM:<" + from + ">");
            String rcpt = smtp.command("RCPT TO:<" + to + ">");
            if (!rcpt.startsWith("250")) {
                return rcpt;
            }
            return smtp.data(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String reply() throws IOException {
        String line;
        StringBuilder all = new StringBuilder();
        do {
            line = in.readLine();
            if (line == null) {
                return all.isEmpty() ? "(closed)" : all.toString();
            }
            all.append(line).append('\n');
        } while (line.length() > 3 && line.charAt(3) == '-');
        return all.toString().strip();
    }

    @Override
    public void close() {
        try {
            command("QUIT");
        } catch (RuntimeException e) {
            // already closed by the server
        }
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
