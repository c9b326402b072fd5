package dev.postern.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.auth.InternalToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The gateway's internal workspace route, called with a short-lived internal token. */
public final class GatewayAdminClient {

    private static final String CALLER = "postern-cli";
    private static final Duration TOKEN_TTL = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gatewayUrl;
    private final String internalSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GatewayAdminClient(String gatewayUrl, String internalSecret) {
        this.gatewayUrl = gatewayUrl;
        this.internalSecret = internalSecret;
    }

    /** {@code POST /internal/v1/workspaces}: a new workspace and its live and test API keys. */
    public CreatedWorkspace createWorkspace(String name) {
        String body = JSON.createObjectNode().put("name", name).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/internal/v1/workspaces"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(InternalToken.HEADER, InternalToken.issue(internalSecret, CALLER, InternalToken.ANY_WORKSPACE, TOKEN_TTL))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("the gateway at " + gatewayUrl + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating workspace '" + name + "'");
        }
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new StackException("the gateway refused to create workspace '" + name + "': HTTP "
                    + response.statusCode() + problemDetail(response.body()));
        }
        return parse(response.body());
    }

    static CreatedWorkspace parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode workspace = root.path("workspace");
            String live = null;
            String test = null;
            for (JsonNode key : root.path("api_keys")) {
                switch (key.path("mode").asText()) {
                    case "live" -> live = key.path("key").asText(null);
                    case "test" -> test = key.path("key").asText(null);
                    default -> { }
                }
            }
            String id = workspace.path("id").asText(null);
            if (id == null || live == null || test == null) {
                throw new StackException("the gateway's answer lacks the workspace id or an API key");
            }
            return new CreatedWorkspace(id, workspace.path("name").asText(""), live, test);
        } catch (IOException e) {
            throw new StackException("the gateway's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /** The title/detail of an RFC 9457 problem body, when there is one (never echoes other content). */
    private static String problemDetail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String text = problem.path("detail").asText(problem.path("title").asText(""));
            return text.isEmpty() ? "" : " (" + text + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
