package dev.postern.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The webhook and event routes declare their scope and audit action like every public route. */
class WebhookRouteClassificationTests {

    private static final List<Class<?>> RESOURCES = List.of(WebhooksResource.class, EventsResource.class);

    @Test
    void everyOperationCarriesAnApiActionWithAWebhooksOrEventsScope() {
        List<Method> operations = RESOURCES.stream().flatMap(r -> Stream.of(r.getDeclaredMethods()))
                .filter(m -> Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class).anyMatch(m::isAnnotationPresent))
                .toList();
        assertThat(operations).hasSize(12).allSatisfy(m -> {
            ApiAction action = m.getAnnotation(ApiAction.class);
            assertThat(action).as(m.getName()).isNotNull();
            assertThat(action.scope()).matches("(webhooks:(read|write))|events:read");
            assertThat(action.action()).matches("[a-z_]+\\.[a-z_]+");
            assertThat(m.getName().matches("get|list|deliveries|delivery|stream") == action.scope().endsWith(":read"))
                    .as("reads need a read scope, changes a write scope: " + m.getName()).isTrue();
        });
        assertThat(operations.stream().map(m -> m.getAnnotation(ApiAction.class).action())).doesNotHaveDuplicates();
    }
}
