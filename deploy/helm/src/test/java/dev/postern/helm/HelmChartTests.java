package dev.postern.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart as an SRE would use it, rendered by real Helm. */
class HelmChartTests {

    private static final Path CHART = Path.of("postern");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void lintsCleanInStrictMode() {
        LintResult result = new Helm(CHART).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void everyServiceIsAHardenedProbedDeploymentWithSecretsFromSecrets() throws IOException {
        List<JsonNode> docs = render(template().withName("pstn").call());
        List<JsonNode> deployments = ofKind(docs, "Deployment");
        assertThat(deployments).extracting(d -> d.at("/metadata/name").asText()).containsExactlyInAnyOrder(
                "pstn-gateway", "pstn-audit", "pstn-send", "pstn-webhooks", "pstn-inbound-scanner");
        for (JsonNode d : deployments) {
            JsonNode pod = d.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            JsonNode c = pod.at("/containers/0");
            assertThat(c.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(c.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(c.at("/resources/requests/memory").isMissingNode()).isFalse();
            assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            for (JsonNode env : c.get("env")) {
                String name = env.get("name").asText();
                if (name.contains("PASSWORD") || name.contains("SECRET") || name.endsWith("_KEY")) {
                    assertThat(env.has("value")).as(name + " must come from a Secret").isFalse();
                    assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).isNotBlank();
                }
            }
        }
        JsonNode gatewayEnv = deployments.stream().filter(d -> d.at("/metadata/name").asText().equals("pstn-gateway"))
                .findFirst().orElseThrow().at("/spec/template/spec/containers/0/env");
        assertThat(gatewayEnv.toString()).contains("POSTERN_AUDIT_URL").contains("http://pstn-audit:18081");
        assertThat(env(deployment(docs, "gateway"), "POSTERN_SEND_URL")).isEqualTo("http://pstn-send:18082");
        assertThat(env(deployment(docs, "gateway"), "POSTERN_WEBHOOKS_URL")).isEqualTo("http://pstn-webhooks:18083");
        assertThat(env(deployment(docs, "gateway"), "POSTERN_INBOUND_URL")).isEqualTo("http://pstn-inbound-scanner:18084");
        assertThat(envVar(deployment(docs, "gateway"), "POSTERN_WEBHOOKS_ENCRYPTION_KEY").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("postern-webhooks");
        assertThat(ofKind(docs, "Service")).extracting(s -> s.at("/metadata/name").asText() + ":" + s.at("/spec/ports/0/port").asInt())
                .containsExactlyInAnyOrder("pstn-gateway:8080", "pstn-audit:18081", "pstn-send:18082", "pstn-webhooks:18083",
                        "pstn-inbound-scanner:18084");
        assertThat(ofKind(docs, "Ingress")).isEmpty();
        assertThat(ofKind(docs, "PodDisruptionBudget")).extracting(p -> p.at("/metadata/name").asText())
                .containsExactlyInAnyOrder("pstn-gateway", "pstn-send");
    }

    @Test
    void theNewServicesGetTheirOwnConfiguration() throws IOException {
        List<JsonNode> docs = render(template().withName("pstn").set("ingress.host", "mail.example.com")
                .set("send.sns.topicArn", "arn:aws:sns:eu-west-1:123456789012:feedback").call());
        JsonNode send = deployment(docs, "send");
        assertThat(env(send, "QUARKUS_HTTP_PORT")).isEqualTo("18082");
        assertThat(env(send, "POSTERN_TRANSPORT")).isEqualTo("ses");
        assertThat(env(send, "POSTERN_SES_REGION")).isEqualTo("us-east-1");
        assertThat(env(send, "POSTERN_PUBLIC_URL")).isEqualTo("https://mail.example.com");
        assertThat(env(send, "POSTERN_SNS_TOPIC_ARN")).isEqualTo("arn:aws:sns:eu-west-1:123456789012:feedback");
        assertThat(envVar(send, "POSTERN_DB_APP_PASSWORD").at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("send-app-password");

        JsonNode webhooks = deployment(docs, "webhooks");
        assertThat(env(webhooks, "POSTERN_GATEWAY_URL")).isEqualTo("http://pstn-gateway:8080");
        assertThat(env(webhooks, "POSTERN_INBOUND_URL")).isEqualTo("http://pstn-inbound-scanner:18084");
        assertThat(envVar(webhooks, "POSTERN_DB_OWNER_PASSWORD").at("/valueFrom/secretKeyRef/key").asText())
                .isEqualTo("webhooks-owner-password");

        JsonNode scanner = deployment(docs, "inbound-scanner");
        assertThat(env(scanner, "POSTERN_SMTP_ENABLED")).isEqualTo("false");
        assertThat(env(scanner, "POSTERN_GATEWAY_URL")).isEqualTo("http://pstn-gateway:8080");
        assertThat(env(scanner, "POSTERN_S3_BUCKET")).isEqualTo("postern-inbound");
        assertThat(env(scanner, "POSTERN_S3_CREATE_BUCKET")).isEqualTo("false");
        assertThat(envVar(scanner, "POSTERN_DB_APP_PASSWORD").at("/valueFrom/secretKeyRef/key").asText())
                .isEqualTo("inbound_scanner-app-password");
        JsonNode resources = scanner.at("/spec/template/spec/containers/0/resources");
        assertThat(resources.at("/limits/memory").asText()).isEqualTo("1Gi");
        assertThat(resources.at("/requests/memory").asText()).isEqualTo("768Mi");
        assertThat(deployment(docs, "audit").at("/spec/template/spec/containers/0/resources/limits/memory").asText()).isEqualTo("512Mi");
    }

    @Test
    void webhooksReachThePublicInternetOnlyOn443() throws IOException {
        List<JsonNode> docs = render(template().withName("pstn").call());
        JsonNode policy = ofKind(docs, "NetworkPolicy").stream()
                .filter(p -> p.at("/metadata/name").asText().equals("pstn-webhooks-egress")).findFirst().orElseThrow();
        assertThat(policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("webhooks");
        assertThat(policy.at("/spec/policyTypes").toString()).isEqualTo("[\"Egress\"]");
        JsonNode internet = null;
        for (JsonNode rule : policy.at("/spec/egress")) {
            if (rule.at("/to/0/ipBlock/cidr").asText().equals("0.0.0.0/0")) {
                internet = rule;
            }
        }
        assertThat(internet).as("an egress rule to 0.0.0.0/0").isNotNull();
        List<String> except = new ArrayList<>();
        internet.at("/to/0/ipBlock/except").forEach(e -> except.add(e.asText()));
        assertThat(except).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8");
        List<Integer> ports = new ArrayList<>();
        internet.at("/ports").forEach(p -> ports.add(p.get("port").asInt()));
        assertThat(ports).containsExactly(443);
        assertThat(policy.at("/spec/egress").toString()).contains("5432").contains("9092").contains("\"port\":53");
    }

    @Test
    void theIngressExposesThePublicApiOnly() throws IOException {
        List<JsonNode> docs = render(template().withName("pstn")
                .set("ingress.enabled", "true").set("ingress.host", "api.example.com").call());
        JsonNode ingress = ofKind(docs, "Ingress").get(0);
        List<String> paths = new ArrayList<>();
        ingress.at("/spec/rules/0/http/paths").forEach(p -> paths.add(p.get("path").asText()));
        assertThat(paths).containsExactly("/api/", "/unsubscribe/", "/sns/ses", "/ses/inbound");
        assertThat(ingress.toString()).doesNotContain("/internal");
        assertThat(ingress.at("/spec/rules/0/http/paths/2/backend/service/name").asText()).isEqualTo("pstn-send");
        assertThat(ingress.at("/spec/rules/0/http/paths/3/backend/service/name").asText()).isEqualTo("pstn-inbound-scanner");
        assertThat(ofKind(docs, "NetworkPolicy")).extracting(p -> p.at("/metadata/name").asText()).contains("pstn-sns-receivers");
    }

    @Test
    void theSchemaRefusesNonsense() {
        assertThatThrownBy(() -> template().set("mode", "staging").call()).hasMessageContaining("mode");
        assertThatThrownBy(() -> template().set("gateway.replicas", "-1").call()).hasMessageContaining("replicas");
        assertThatThrownBy(() -> template().set("send.transport", "pigeon").call()).hasMessageContaining("transport");
        assertThatThrownBy(() -> template().set("inbound-scanner.replicas", "-1").call()).hasMessageContaining("replicas");
    }

    /** Rendered as for a cluster of the oldest Kubernetes the chart supports. */
    private static com.marcnuri.helm.TemplateCommand template() {
        return new Helm(CHART).template().withKubeVersion("1.25.0");
    }

    private static List<JsonNode> render(String manifests) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(manifests)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static JsonNode deployment(List<JsonNode> docs, String service) {
        return ofKind(docs, "Deployment").stream()
                .filter(d -> d.at("/metadata/labels/app.kubernetes.io~1name").asText().equals(service))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment for " + service));
    }

    private static JsonNode envVar(JsonNode deployment, String name) {
        for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
            if (env.get("name").asText().equals(name)) {
                return env;
            }
        }
        throw new AssertionError(deployment.at("/metadata/name").asText() + " has no " + name);
    }

    private static String env(JsonNode deployment, String name) {
        JsonNode env = envVar(deployment, name);
        assertThat(env.has("value")).as(name + " is a plain value").isTrue();
        return env.get("value").asText();
    }

    private static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }
}
