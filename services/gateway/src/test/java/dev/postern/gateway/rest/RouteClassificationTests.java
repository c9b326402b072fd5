package dev.postern.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public API operation declares its scope and audit action (the filter refuses those that do not). */
class RouteClassificationTests {

    private static final List<Class<?>> PUBLIC_RESOURCES = List.of(MeResource.class, ApiKeysResource.class, LogsResource.class,
            AgentsResource.class, MessagesResource.class, SuppressionsResource.class);

    @Test
    void everyApiOperationCarriesAnApiAction() {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : PUBLIC_RESOURCES) {
            assertThat(resource.getAnnotation(Path.class).value()).startsWith("/api/");
            for (Method m : resource.getDeclaredMethods()) {
                boolean operation = Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class).anyMatch(m::isAnnotationPresent);
                if (operation && !m.isAnnotationPresent(ApiAction.class)) {
                    missing.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void actionsAreUniqueAndNamedResourceDotVerb() {
        List<String> actions = PUBLIC_RESOURCES.stream().flatMap(r -> Stream.of(r.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(ApiAction.class))
                .map(m -> m.getAnnotation(ApiAction.class).action()).toList();
        assertThat(actions).doesNotHaveDuplicates().allMatch(a -> a.matches("[a-z_]+\\.[a-z_]+"));
    }
}
