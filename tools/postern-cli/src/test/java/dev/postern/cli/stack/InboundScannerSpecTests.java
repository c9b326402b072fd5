package dev.postern.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbound-scanner lives in a module sub-directory, has an underscore schema, and a second (SMTP) port. */
class InboundScannerSpecTests {

    @TempDir
    Path dir;

    @Test
    void itRunsTheAppModulesJarWithItsSmtpPortAndAnUnderscoreSchema() throws IOException {
        StackSettings settings = StackSettings.from(Map.of("POSTERN_SMTP_INBOUND_PORT", "3525", "POSTERN_INBOUND_SCANNER_PORT", "19084"));
        ServiceSpec spec = Services.named("inbound-scanner").orElseThrow();
        Path repo = dir.resolve("repo");

        assertThat(spec.jar(repo)).isEqualTo(repo.resolve("services/inbound-scanner/app/target/quarkus-app/quarkus-run.jar"));
        assertThat(spec.databaseName()).isEqualTo("inbound_scanner");
        assertThat(Services.databaseNames()).contains("inbound_scanner").allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
        assertThat(Services.named("gateway").orElseThrow().jar(repo))
                .isEqualTo(repo.resolve("services/gateway/target/quarkus-app/quarkus-run.jar"));

        Component component = settings.componentsToRun().stream().filter(c -> c.name().equals("inbound-scanner")).findFirst().orElseThrow();
        assertThat(component.ports()).extracting(PortClaim::port).containsExactly(19084, 3525);
        assertThat(component.ports()).extracting(PortClaim::variable)
                .containsExactly("POSTERN_INBOUND_SCANNER_PORT", "POSTERN_SMTP_INBOUND_PORT");

        LaunchCommands commands = new LaunchCommands(repo, new StatePaths(dir.resolve("state")), settings,
                Secrets.loadOrCreate(dir.resolve("secrets.env")));
        List<String> args = commands.jvmArguments(component);
        assertThat(args).contains("-Dquarkus.http.port=19084", "-Dpostern.smtp.port=3525", "-Dpostern.smtp.host=127.0.0.1");
        assertThat(commands.jvmArguments(settings.componentsToRun().stream().filter(c -> c.name().equals("gateway")).findFirst().orElseThrow()))
                .contains("-Dpostern.inbound.url=http://127.0.0.1:19084");
    }

    @Test
    void theSmtpPortIsClaimedLikeAnyOther() {
        StackSettings settings = StackSettings.from(Map.of("POSTERN_SMTP_INBOUND_PORT", "8080"));
        List<PortClaim> claims = settings.componentsToRun().stream().flatMap(c -> c.ports().stream()).toList();
        assertThat(claims).filteredOn(c -> c.port() == 8080).hasSize(2);
    }
}
