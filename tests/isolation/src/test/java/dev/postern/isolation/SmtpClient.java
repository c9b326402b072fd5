package dev.postern.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A plain SMTP client speaking to the inbound-scanner's listener ({@code POSTERN_SMTP_INBOUND}), line by line. */
final class SmtpClient {

    private final String host;
    private final int port;

    SmtpClient(String hostPort) {
        String[] parts = hostPort.split(":");
        this.host = parts[0];
        this.port = Integer.parseInt(parts[1]);
    }

    /** The answer to RCPT TO for {@code address}, or "(no connection: …)". */
    String rcpt(String address) {
        try (Socket socket = open()) {
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            reply(in);
            command(out, in, "EHLO it.example");
            command(out, in, "MAIL FROM:<probe@it.example>");
            String answer = command(out, in, "RCPT TO:<" + address + ">");
            command(out, in, "QUIT");
            return answer;
        } catch (IOException e) {
            return "(no connection: " + e.getMessage() + ")";
        }
    }

    /** Sends {@code message} (CRLF lines, no final dot) and returns the answer to its DATA. */
    String send(String from, String to, String message) {
        try (Socket socket = open()) {
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            reply(in);
            command(out, in, "EHLO it.example");
            command(out, in, "MAIL FROM:<" + from + ">");
            command(out, in, "RCPT TO:<" + to + ">");
            command(out, in, "DATA");
            out.write((message + "\r\n.\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = reply(in);
            command(out, in, "QUIT");
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(host, port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static String command(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply(in);
    }

    private static String reply(BufferedReader in) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        return line == null ? "(closed)" : line;
    }
}
