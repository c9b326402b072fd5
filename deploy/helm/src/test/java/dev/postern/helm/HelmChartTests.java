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
        assertThat(deployments).extracting(d -> d.at("/metadata/name").asText()).containsExactlyInAnyOrder("pstn-gateway", "pstn-audit");
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
                if (name.contains("PASSWORD") || name.contains("SECRET")) {
                    assertThat(env.has("value")).as(name + " must come from a Secret").isFalse();
                    assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).isNotBlank();
                }
            }
        }
        JsonNode gatewayEnv = deployments.stream().filter(d -> d.at("/metadata/name").asText().equals("pstn-gateway"))
                .findFirst().orElseThrow().at("/spec/template/spec/containers/0/env");
        assertThat(gatewayEnv.toString()).contains("POSTERN_AUDIT_URL").contains("http://pstn-audit:18081");
        assertThat(ofKind(docs, "Service")).hasSize(2);
        assertThat(ofKind(docs, "Ingress")).isEmpty();
        assertThat(ofKind(docs, "PodDisruptionBudget")).extracting(p -> p.at("/metadata/name").asText()).containsExactly("pstn-gateway");
    }

    @Test
    void theIngressExposesThePublicApiOnly() throws IOException {
        List<JsonNode> docs = render(template().withName("pstn")
                .set("ingress.enabled", "true").set("ingress.host", "api.example.com").call());
        JsonNode ingress = ofKind(docs, "Ingress").get(0);
        List<String> paths = new ArrayList<>();
        ingress.at("/spec/rules/0/http/paths").forEach(p -> paths.add(p.get("path").asText()));
        assertThat(paths).containsExactly("/api/");
        assertThat(ingress.toString()).doesNotContain("/internal");
    }

    @Test
    void theSchemaRefusesNonsense() {
        assertThatThrownBy(() -> template().set("mode", "staging").call()).hasMessageContaining("mode");
        assertThatThrownBy(() -> template().set("gateway.replicas", "-1").call()).hasMessageContaining("replicas");
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

    private static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }
}
