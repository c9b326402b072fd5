package dev.postern.send.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * An SES v2 endpoint that misbehaves on purpose (throttling, outages), which the emulator cannot:
 * GetAccount answers a send rate, SendEmail answers what {@code sendAnswer} says for the n-th call.
 */
final class FaultySes implements AutoCloseable {

    /** An HTTP answer. */
    record Answer(int status, String errorType, String body) {
        static Answer accepted(String messageId) {
            return new Answer(200, null, "{\"MessageId\":\"" + messageId + "\"}");
        }

        static Answer error(int status, String type) {
            return new Answer(status, type, "{\"message\":\"" + type + "\"}");
        }
    }

    private final HttpServer server;
    final List<Long> sendCalls = new CopyOnWriteArrayList<>();

    FaultySes(double maxSendRate, IntFunction<Answer> sendAnswer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/email/account", exchange -> reply(exchange, new Answer(200, null,
                "{\"SendQuota\":{\"Max24HourSend\":50000,\"MaxSendRate\":" + maxSendRate + ",\"SentLast24Hours\":0}}")));
        server.createContext("/v2/email/outbound-emails", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sendCalls.add(System.nanoTime());
            reply(exchange, sendAnswer.apply(sendCalls.size()));
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.errorType() != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", answer.errorType());
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
