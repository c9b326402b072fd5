package dev.postern.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who caused an event. {@code type} is {@code api_key} (a customer's call), {@code service}
 * (a Postern service acting on its own, {@code id} names it) or {@code operator} (the local CLI or
 * an admin). Only the API key's display prefix is ever carried, never the key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "key_prefix", "ip", "user_agent"})
public record Actor(String type, String id, String keyPrefix, String ip, String userAgent) {

    public static final String API_KEY = "api_key";
    public static final String SERVICE = "service";
    public static final String OPERATOR = "operator";

    public static Actor apiKey(String keyId, String keyPrefix, String ip, String userAgent) {
        return new Actor(API_KEY, keyId, keyPrefix, ip, userAgent);
    }

    public static Actor service(String serviceName) {
        return new Actor(SERVICE, serviceName, null, null, null);
    }

    public static Actor operator(String name) {
        return new Actor(OPERATOR, name, null, null, null);
    }
}
