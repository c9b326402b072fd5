package dev.postern.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** The audit category of an event: what part of the product it concerns. */
public enum Category {
    AUTH, AGENTS, SENDS, INBOUND, REPUTATION, BILLING, WORKSPACE, AUDIT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
