package dev.postern.webhooks.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.Topics;
import dev.postern.testing.PosternInfraResource;
import dev.postern.webhooks.config.WebhooksSettings;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import dev.postern.webhooks.support.Database;
import dev.postern.webhooks.support.GatewayStub;
import dev.postern.webhooks.support.ServiceStubsResource;
import dev.postern.webhooks.support.Internal;
import dev.postern.webhooks.support.Receiver;
import dev.postern.webhooks.support.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries live in the database, not in memory: with the dispatcher stopped nothing is sent, and a
 * dispatcher that knows nothing of the past (a fresh instance, as after a restart) finds every due
 * retry, including one an instance had claimed and died with.
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "webhooks"))
@WithTestResource(ServiceStubsResource.class)
class RestartSurvivalTests {

    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    TenantTransactions transactions;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    DeliveryAttempter attempter;
    @Inject
    Vertx vertx;
    @Inject
    WebhooksSettings settings;

    @AfterEach
    void startTheDispatcherAgain() {
        dispatcher.resume();
    }

    @Test
    void aPendingRetryAndACrashedClaimAreDeliveredByAFreshDispatcher() throws Exception {
        try (Receiver receiver = new Receiver().thenAnswer(Receiver.Answer.of(503))) {
            String ws = TestEvents.workspace();
            GatewayStub.Endpoint endpoint = GatewayStub.Endpoint.to(receiver.url("/survive"));
            GatewayStub.endpoints(ws, endpoint);
            EventEnvelope first = TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"msg_1\"}");
            TestEvents.publish(Topics.MESSAGES, first);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> WebhookDeliveryTests.attempts(ws, endpoint.id()) == 1);

            dispatcher.pause();
            JsonPath pending = Internal.deliveries(ws, endpoint.id());
            assertThat(pending.getString("data[0].status")).isEqualTo("pending");
            assertThat(pending.getString("data[0].next_attempt_at")).isNotNull();
            // the retry falls due (1 s in tests) while no dispatcher runs: nothing is sent
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> receiver.received().size() == 1);

            // a second event whose delivery an instance claimed and then died with: leased, lease lapsed
            EventEnvelope second = TestEvents.event(ws, "message.delivered", Category.SENDS, "{\"message_id\":\"msg_1\"}");
            TestEvents.publish(Topics.MESSAGES, second);
            await().atMost(Duration.ofSeconds(30)).until(() -> Internal.deliveries(ws, endpoint.id()).getList("data").size() == 2);
            String crashed = Internal.deliveries(ws, endpoint.id()).getString("data[0].id");
            assertThat(Database.asOwner("update webhooks.deliveries set status = 'delivering', lease_until = now() - interval '1 second'"
                    + " where id = '" + crashed + "'")).isEqualTo(1);

            DeliveryDispatcher fresh = new DeliveryDispatcher(transactions, deliveries, attempter, vertx, settings);
            int claimed = OwnContext.run(vertx, fresh::dispatchDue).await().atMost(Duration.ofSeconds(30));
            assertThat(claimed).isEqualTo(2);

            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received().stream().map(r -> r.header("webhook-id")).toList())
                    .containsExactly(first.id(), first.id(), second.id());
            JsonPath after = Internal.deliveries(ws, endpoint.id());
            assertThat(after.getList("data.status")).containsOnly("succeeded");
            assertThat(after.getList("data[1].attempts.http_status")).containsExactly(503, 200);
        }
    }
}
