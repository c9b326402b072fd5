package dev.postern.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.postern.auth.InternalToken;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for the send service's internal API (docs/contracts/send.md), in
 * memory: it checks the internal token like send does, keeps suppressions and the messages a test
 * registers, and records every call. Tests steer it through {@code /__stand-in/…} routes, because the
 * test and the application may not share a class loader.
 */
public final class SendStandIn {

    static final String CONTROL = "/__stand-in";
    private static final String INTERNAL = "/internal/v1/workspaces/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String secret;
    private final Map<String, Map<String, ObjectNode>> messages = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ObjectNode>> suppressions = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    private SendStandIn(HttpServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    public static SendStandIn start(String internalSecret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        SendStandIn standIn = new SendStandIn(server, internalSecret);
        server.createContext("/", standIn::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return standIn;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.startsWith(CONTROL)) {
                control(ex, path.substring(CONTROL.length()), query, body);
                return;
            }
            if (!path.startsWith(INTERNAL)) {
                send(ex, 404, problem(404, "not-found", "no such route"));
                return;
            }
            String[] parts = path.substring(INTERNAL.length()).split("/");
            String ws = parts[0];
            boolean tokenOk = InternalToken.verify(secret, ex.getRequestHeaders().getFirst(InternalToken.HEADER), Instant.now())
                    .filter(c -> c.workspace().equals(ws) && c.caller().equals("gateway")).isPresent();
            calls.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + (tokenOk ? "" : " [bad-token]")
                    + (body.length == 0 ? "" : " " + new String(body, StandardCharsets.UTF_8)));
            if (!tokenOk) {
                send(ex, 401, problem(401, "invalid-internal-token", "token not bound to " + ws));
                return;
            }
            if (failing) {
                send(ex, 500, problem(500, "internal-error", "stand-in told to fail"));
                return;
            }
            route(ex, ws, parts, query, body);
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex, String ws, String[] parts, String query, byte[] body) throws IOException {
        String method = ex.getRequestMethod();
        Map<String, ObjectNode> mine = messages.computeIfAbsent(ws, k -> new ConcurrentHashMap<>());
        Map<String, ObjectNode> suppressed = suppressions.computeIfAbsent(ws, k -> new ConcurrentHashMap<>());
        String area = parts.length > 1 ? parts[1] : "";
        String id = parts.length > 2 ? URLDecoder.decode(parts[2], StandardCharsets.UTF_8) : null;
        if (area.equals("messages") && id == null && method.equals("GET")) {
            send(ex, 200, list(new ArrayList<>(mine.values()), query));
        } else if (area.equals("messages") && parts.length == 3 && method.equals("GET")) {
            ObjectNode m = mine.get(id);
            send(ex, m == null ? 404 : 200, m == null ? problem(404, "not-found", "Message " + id + " does not exist.") : m);
        } else if (area.equals("messages") && parts.length == 4 && parts[3].equals("cancel") && method.equals("POST")) {
            ObjectNode m = mine.get(id);
            if (m == null) {
                send(ex, 404, problem(404, "not-found", "Message " + id + " does not exist."));
            } else if (!List.of("queued", "scheduled").contains(m.path("status").asText())) {
                send(ex, 409, problem(409, "message-not-cancellable", "Message " + id + " is already " + m.path("status").asText() + "."));
            } else {
                m.put("status", "cancelled");
                send(ex, 200, m);
            }
        } else if (area.equals("suppressions") && id == null && method.equals("GET")) {
            send(ex, 200, list(new ArrayList<>(suppressed.values()), null));
        } else if (area.equals("suppressions") && id == null && method.equals("POST")) {
            JsonNode req = JSON.readTree(body);
            String address = req.path("address").asText();
            boolean existed = suppressed.containsKey(address);
            ObjectNode s = suppressed.computeIfAbsent(address, a -> JSON.createObjectNode().put("object", "suppression")
                    .put("address", a).put("reason", req.path("reason").asText())
                    .put("source_message_id", req.path("source_message_id").asText(null)));
            send(ex, existed ? 200 : 201, s);
        } else if (area.equals("suppressions") && method.equals("GET")) {
            ObjectNode s = suppressed.get(id);
            send(ex, s == null ? 404 : 200, s == null ? problem(404, "not-found", "not suppressed") : s);
        } else if (area.equals("suppressions") && method.equals("DELETE")) {
            ex.sendResponseHeaders(suppressed.remove(id) == null ? 404 : 204, -1);
        } else {
            send(ex, 404, problem(404, "not-found", "no such route"));
        }
    }

    private void control(HttpExchange ex, String path, String query, byte[] body) throws IOException {
        if (path.equals("/calls") && ex.getRequestMethod().equals("GET")) {
            ArrayNode out = JSON.createArrayNode();
            calls.forEach(out::add);
            send(ex, 200, out);
        } else if (path.equals("/fail")) {
            failing = "on=true".equals(query);
            ex.sendResponseHeaders(204, -1);
        } else if (path.startsWith("/workspaces/") && ex.getRequestMethod().equals("PUT")) {
            String[] p = path.substring("/workspaces/".length()).split("/");
            messages.computeIfAbsent(p[0], k -> new ConcurrentHashMap<>()).put(p[2], (ObjectNode) JSON.readTree(body));
            ex.sendResponseHeaders(204, -1);
        } else {
            ex.sendResponseHeaders(404, -1);
        }
    }

    private static ObjectNode list(List<ObjectNode> items, String query) {
        String agent = param(query, "agent_id");
        ArrayNode data = JSON.createArrayNode();
        items.stream().filter(m -> agent == null || agent.equals(m.path("agent_id").asText()))
                .sorted(Comparator.comparing((ObjectNode m) -> m.path("id").asText(m.path("address").asText())).reversed())
                .forEach(data::add);
        ObjectNode page = JSON.createObjectNode().put("object", "list");
        page.set("data", data);
        return page.put("has_more", false).putNull("next_cursor");
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String kv : query.split("&")) {
            if (kv.startsWith(name + "=")) {
                return URLDecoder.decode(kv.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static ObjectNode problem(int status, String slug, String detail) {
        return JSON.createObjectNode().put("type", "https://postern.dev/problems/" + slug).put("title", slug)
                .put("status", status).put("detail", detail).put("instance", "/internal/somewhere");
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
