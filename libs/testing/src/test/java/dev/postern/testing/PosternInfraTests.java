package dev.postern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.postern.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

class PosternInfraTests {

    @Test
    void isStartedOncePerJvm() {
        assertThat(PosternInfra.get()).isSameAs(PosternInfra.get());
    }

    @Test
    void serviceConfigHasExactlyTheKeysAServiceReads() {
        Map<String, String> config = PosternInfra.get().serviceConfig("sender");

        assertThat(config).containsOnlyKeys(
                "kafka.bootstrap.servers", "postern.db.host", "postern.db.port", "postern.db.name",
                "postern.db.owner-password", "postern.db.app-password", "postern.internal.secret",
                "quarkus.devservices.enabled");
        assertThat(config)
                .containsEntry("kafka.bootstrap.servers", PosternInfra.get().kafkaBootstrap())
                .containsEntry("postern.db.name", "postern")
                .containsEntry("quarkus.devservices.enabled", "false");
        assertThat(config.get("postern.db.app-password")).isNotEqualTo(config.get("postern.db.owner-password"));
    }

    @Test
    void everyEventTopicAndItsDeadLetterTopicExistWithThreePartitions() throws Exception {
        List<String> topics = Topics.allWithDeadLetters();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PosternInfra.get().kafkaBootstrap()))) {
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(described).containsOnlyKeys(topics);
            assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }

    @Test
    void aServiceConnectsAsItsAppRoleIntoItsOwnSchema() throws SQLException {
        Map<String, String> config = PosternInfra.get().serviceConfig("sender");
        String url = "jdbc:postgresql://" + config.get("postern.db.host") + ":" + config.get("postern.db.port")
                + "/" + config.get("postern.db.name");
        try (Connection app = TestConnections.open(url, "sender_app", config.get("postern.db.app-password"));
             Statement sql = app.createStatement();
             ResultSet row = sql.executeQuery("SELECT current_user, current_schema()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("sender_app");
            assertThat(row.getString(2)).isEqualTo("sender");
        }
    }
}
