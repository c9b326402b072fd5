package dev.postern.webhooks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.postern.auth.InternalToken;
import dev.postern.testing.PosternInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two internal APIs this service calls, as its tests need them: the gateway's webhook-endpoint
 * directory and the inbound-scanner's message read. Both are their own Quarkus applications and cannot
 * run inside this one (tests/isolation runs them all for real). It serves exactly the documented
 * contracts, checks the internal token as they do, and has {@code /stub/…} routes through which a test
 * sets a workspace's endpoints and inbound messages and reads the disable calls.
 */
public class ServiceStubsResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern DIRECTORY = Pattern.compile("/internal/v1/workspaces/([^/]+)/webhook-endpoints");
    private static final Pattern DISABLE = Pattern.compile("/internal/v1/workspaces/([^/]+)/webhook-endpoints/([^/]+)/disable");
    private static final Pattern STUB = Pattern.compile("/stub/workspaces/([^/]+)/(endpoints|disabled|failing)");
    private static final Pattern INBOUND = Pattern.compile("/internal/v1/workspaces/([^/]+)/inbound/([^/]+)");
    private static final Pattern STUB_INBOUND = Pattern.compile("/stub/workspaces/([^/]+)/inbound/([^/]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ArrayNode> endpoints = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> disabled = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> inbound = new ConcurrentHashMap<>();
    private HttpServer server;
    private String secret;

    @Override
    public Map<String, String> start() {
        secret = PosternInfra.get().serviceConfig("webhooks").get("postern.internal.secret");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("postern.gateway.url", base, "postern.inbound.url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] in = ex.getRequestBody().readAllBytes();
        Matcher m;
        if ((m = STUB_INBOUND.matcher(path)).matches()) {
            inbound.put(m.group(1) + "/" + m.group(2), JSON.readTree(in));
            respond(ex, 204, null);
            return;
        }
        if ((m = INBOUND.matcher(path)).matches() && "GET".equals(ex.getRequestMethod())) {
            String ws = m.group(1);
            boolean ok = InternalToken.verify(secret, ex.getRequestHeaders().getFirst(InternalToken.HEADER), Instant.now())
                    .filter(c -> c.allowsWorkspace(ws)).isPresent();
            JsonNode detail = inbound.get(ws + "/" + m.group(2));
            respond(ex, !ok ? 401 : detail == null ? 404 : 200, ok ? detail : null);
            return;
        }
        if ((m = STUB.matcher(path)).matches()) {
            String ws = m.group(1);
            switch (m.group(2)) {
                case "endpoints" -> {
                    endpoints.put(ws, (ArrayNode) JSON.readTree(in));
                    respond(ex, 204, null);
                }
                case "disabled" -> respond(ex, 200, disabled.getOrDefault(ws, JSON.createArrayNode()));
                default -> {
                    if (JSON.readTree(in).asBoolean()) {
                        failing.add(ws);
                    } else {
                        failing.remove(ws);
                    }
                    respond(ex, 204, null);
                }
            }
            return;
        }
        if ((m = DISABLE.matcher(path)).matches() && "POST".equals(ex.getRequestMethod())) {
            String ws = m.group(1);
            if (!authorized(ex, ws)) {
                return;
            }
            String reason = JSON.readTree(in).path("reason").asText();
            for (JsonNode e : endpoints.getOrDefault(ws, JSON.createArrayNode())) {
                if (e.path("id").asText().equals(m.group(2))) {
                    ((ObjectNode) e).put("active", false).put("updated_at", Instant.now().toString());
                }
            }
            disabled.computeIfAbsent(ws, k -> JSON.createArrayNode()).addObject().put("endpoint_id", m.group(2)).put("reason", reason);
            respond(ex, 200, JSON.createObjectNode().put("id", m.group(2)));
            return;
        }
        if ((m = DIRECTORY.matcher(path)).matches() && "GET".equals(ex.getRequestMethod())) {
            String ws = m.group(1);
            if (!authorized(ex, ws)) {
                return;
            }
            if (failing.contains(ws)) {
                respond(ex, 503, JSON.createObjectNode().put("type", "https://postern.dev/problems/dependency-unavailable"));
                return;
            }
            ObjectNode body = JSON.createObjectNode();
            body.set("data", endpoints.getOrDefault(ws, JSON.createArrayNode()));
            respond(ex, 200, body);
            return;
        }
        respond(ex, 404, null);
    }

    private boolean authorized(HttpExchange ex, String ws) throws IOException {
        boolean ok = InternalToken.verify(secret, ex.getRequestHeaders().getFirst(InternalToken.HEADER), Instant.now())
                .filter(c -> c.caller().equals("webhooks") && c.workspace().equals(ws))
                .isPresent();
        if (!ok) {
            respond(ex, 401, JSON.createObjectNode().put("type", "https://postern.dev/problems/invalid-internal-token"));
        }
        return ok;
    }

    private static void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
