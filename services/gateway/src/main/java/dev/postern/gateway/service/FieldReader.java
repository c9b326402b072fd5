package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.gateway.rest.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a request body, collecting every problem with the path of
 * the field it concerns ({@code to[2]}, {@code [3].attachments[0].content}) instead of stopping at
 * the first, so a caller can fix a request in one go.
 */
public final class FieldReader {

    private final JsonNode node;
    private final String prefix;
    private final List<Problem.FieldError> errors;

    public FieldReader(JsonNode node, String prefix, List<Problem.FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    public String path(String field) {
        return prefix + field;
    }

    public void error(String field, String message) {
        errors.add(new Problem.FieldError(path(field), message));
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    public JsonNode raw(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** Every field not in {@code allowed} is an error; {@code explained} gives a better message for some. */
    public void refuseUnknown(Set<String> allowed, Map<String, String> explained) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(name, explained.getOrDefault(name, "is not a field of this request"));
            }
        }
    }

    /** A string of at most {@code max} characters, or null when absent. */
    public String string(String field, boolean required, int max) {
        JsonNode v = raw(field);
        if (v == null) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            error(field, "must be a string");
            return null;
        }
        if (v.textValue().length() > max) {
            error(field, "must be at most " + max + " characters");
            return null;
        }
        return v.textValue();
    }

    /** A string that goes into a mail header: also free of CR, LF and control characters. */
    public String headerString(String field, boolean required, int max) {
        String s = string(field, required, max);
        if (s != null) {
            String problem = HeaderRules.problem(s);
            if (problem != null) {
                error(field, problem);
                return null;
            }
        }
        return s;
    }

    /** A list of strings, given as an array or, for convenience, as one string. Empty when absent. */
    public List<String> strings(String field, int maxItems, int maxChars) {
        JsonNode v = raw(field);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isTextual()) {
            v = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(v.textValue());
        }
        if (!v.isArray()) {
            error(field, "must be a string or an array of strings");
            return out;
        }
        if (v.size() > maxItems) {
            error(field, "must hold at most " + maxItems + " items, not " + v.size());
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual()) {
                error(field + "[" + i + "]", "must be a string");
            } else if (item.textValue().length() > maxChars) {
                error(field + "[" + i + "]", "must be at most " + maxChars + " characters");
            } else {
                out.add(item.textValue());
            }
        }
        return out;
    }

    /** Addresses, validated and normalised (see {@link AddressRules}). */
    public List<String> addresses(String field, int maxItems) {
        List<String> raw = strings(field, maxItems, AddressRules.MAX_ADDRESS + 16);
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String address = AddressRules.normalise(raw.get(i));
            String problem = AddressRules.problem(address);
            if (problem != null) {
                String at = raw.size() == 1 && raw(field).isTextual() ? field : field + "[" + i + "]";
                error(at, problem);
            } else {
                out.add(address);
            }
        }
        return out;
    }

    public Boolean bool(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            error(field, "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    /** The object at {@code field}, or null (with an error if it is something else). */
    public JsonNode object(String field) {
        JsonNode v = raw(field);
        if (v != null && !v.isObject()) {
            error(field, "must be an object");
            return null;
        }
        return v;
    }

    /** The array at {@code field}, or null (with an error if it is something else or too long). */
    public JsonNode array(String field, int maxItems) {
        JsonNode v = raw(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            error(field, "must be an array");
            return null;
        }
        if (v.size() > maxItems) {
            error(field, "must hold at most " + maxItems + " items, not " + v.size());
            return null;
        }
        return v;
    }
}
