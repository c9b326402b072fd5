package dev.postern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliArgumentsTests {

    @Test
    void theCommandsTheUserTypes() {
        assertThat(CliArguments.parse("up")).isEqualTo(new Command.Up(false));
        assertThat(CliArguments.parse("up", "--infra-only")).isEqualTo(new Command.Up(true));
        assertThat(CliArguments.parse("down")).isEqualTo(new Command.Down());
        assertThat(CliArguments.parse("status")).isEqualTo(new Command.Status());
        assertThat(CliArguments.parse("logs", "gateway")).isEqualTo(new Command.Logs("gateway", false));
        assertThat(CliArguments.parse("logs", "-f", "kafka")).isEqualTo(new Command.Logs("kafka", true));
        assertThat(CliArguments.parse("logs", "kafka", "--follow")).isEqualTo(new Command.Logs("kafka", true));
        assertThat(CliArguments.parse("admin", "create-workspace", "--name", "Acme Inc"))
                .isEqualTo(new Command.CreateWorkspace("Acme Inc"));
        assertThat(CliArguments.parse("admin", "create-workspace", "--name=acme"))
                .isEqualTo(new Command.CreateWorkspace("acme"));
    }

    @Test
    void helpIsUsageWithoutAnError() {
        assertThat(CliArguments.parse("--help")).isEqualTo(new Command.Usage(null));
        assertThat(CliArguments.parse("help")).isEqualTo(new Command.Usage(null));
    }

    @Test
    void whatCannotBeUnderstoodIsUsageWithTheReason() {
        assertThat(CliArguments.parse()).isEqualTo(new Command.Usage("no command given"));
        assertThat(CliArguments.parse("start")).isEqualTo(new Command.Usage("unknown command 'start'"));
        assertThat(CliArguments.parse("up", "--fast")).isEqualTo(new Command.Usage("up: unknown option '--fast'"));
        assertThat(CliArguments.parse("down", "now")).isEqualTo(new Command.Usage("down: unexpected 'now'"));
        assertThat(CliArguments.parse("logs")).isEqualTo(new Command.Usage("logs: name a component"));
        assertThat(CliArguments.parse("logs", "a", "b")).isEqualTo(new Command.Usage("logs: one component at a time"));
        assertThat(CliArguments.parse("admin")).isInstanceOf(Command.Usage.class);
        assertThat(CliArguments.parse("admin", "delete-workspace")).isInstanceOf(Command.Usage.class);
        assertThat(CliArguments.parse("admin", "create-workspace"))
                .isEqualTo(new Command.Usage("admin create-workspace: --name <name> is required"));
        assertThat(CliArguments.parse("admin", "create-workspace", "--name"))
                .isInstanceOf(Command.Usage.class);
    }
}
