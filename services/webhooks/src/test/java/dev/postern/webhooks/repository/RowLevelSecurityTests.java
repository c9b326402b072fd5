package dev.postern.webhooks.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.postern.events.Category;
import dev.postern.events.Topics;
import dev.postern.testing.PosternInfraResource;
import dev.postern.webhooks.support.Database;
import dev.postern.webhooks.support.ServiceStubsResource;
import dev.postern.webhooks.support.Internal;
import dev.postern.webhooks.support.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database depth of tenant isolation, checked as the role the service runs as. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "webhooks"))
@WithTestResource(ServiceStubsResource.class)
class RowLevelSecurityTests {

    @Test
    void everyTableHasRowLevelSecurityAndTheAppRoleOwnsNone() throws SQLException {
        try (Connection c = Database.app()) {
            List<String> tables = Database.strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'webhooks' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'");
            assertThat(tables).containsExactlyInAnyOrder("events", "event_log_heads", "deliveries", "delivery_attempts", "endpoint_health");
            assertThat(Database.strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'webhooks' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' and not c.relrowsecurity"))
                    .isEmpty();
            assertThat(Database.strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'webhooks' and pg_get_userbyid(c.relowner) = current_user")).isEmpty();
            assertThat(Database.strings(c, "select rolbypassrls::text from pg_roles where rolname = current_user")).containsExactly("false");
        }
    }

    @Test
    void withoutAWorkspaceTheAppRoleSeesNothingAndWithOneOnlyThat() throws SQLException {
        String a = TestEvents.workspace();
        String b = TestEvents.workspace();
        TestEvents.publish(Topics.MESSAGES, TestEvents.event(a, "message.sent", Category.SENDS, "{}"),
                TestEvents.event(b, "message.sent", Category.SENDS, "{}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Internal.events(a, "").getList("data").size() == 1
                && Internal.events(b, "").getList("data").size() == 1);
        try (Connection c = Database.app()) {
            assertThat(Database.strings(c, "select id from events")).isEmpty();
            assertThat(Database.strings(c, "select workspace_id from event_log_heads")).isEmpty();
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                set.setString(1, a);
                set.execute();
            }
            assertThat(Database.strings(c, "select distinct workspace_id from events")).containsExactly(a);
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into events (workspace_id, seq, id, type, occurred_at, data) values (?, 99, 'evt_intruder', 'message.sent', now(), '{}')")) {
                insert.setString(1, b);
                assertThatThrownBy(insert::execute).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            c.rollback();
        }
    }

    @Test
    void attemptsAreHistoryTheAppRoleCannotRewrite() throws SQLException {
        try (Connection c = Database.app(); PreparedStatement s = c.prepareStatement("update delivery_attempts set http_status = 200")) {
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
