package dev.postern.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What an event is about: {@code {type: "api_key", id: "key_…"}}. The id may be absent for collections. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id"})
public record Target(String type, String id) {

    public static Target of(String type, String id) {
        return new Target(type, id);
    }
}
