package dev.postern.send.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * What a message says beyond its envelope: bodies, custom headers, attachments, threading, tags and
 * metadata. Stored as JSON in {@code messages.content}; composed into MIME when it is transmitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageContent(String text, String html, Map<String, String> headers, List<String> replyTo,
                             String inReplyTo, List<String> references, List<Attachment> attachments,
                             List<Tag> tags, Map<String, String> metadata) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public MessageContent {
        headers = headers == null ? Map.of() : headers;
        replyTo = replyTo == null ? List.of() : replyTo;
        references = references == null ? List.of() : references;
        attachments = attachments == null ? List.of() : attachments;
        tags = tags == null ? List.of() : tags;
        metadata = metadata == null ? Map.of() : metadata;
    }

    /** An attachment; {@code contentBase64} is the content, {@code sizeBytes} its decoded size. */
    public record Attachment(String filename, String contentType, long sizeBytes, String contentBase64) {
    }

    public record Tag(String name, String value) {
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message content cannot be serialised", e);
        }
    }

    public static MessageContent fromJson(String json) {
        try {
            return JSON.readValue(json, MessageContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored message content is not readable", e);
        }
    }
}
