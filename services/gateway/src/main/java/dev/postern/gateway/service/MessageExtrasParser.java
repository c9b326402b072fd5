package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.events.payload.SendRequestedV1;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The optional parts of a message request: custom headers, tags, metadata and attachments. */
final class MessageExtrasParser {

    static final int MAX_TAGS = 20;
    static final int MAX_METADATA_KEYS = 50;
    static final int MAX_METADATA_VALUE = 500;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_ATTACHMENT_BYTES = 512 * 1024;
    static final int MAX_FILENAME = 255;

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,63}/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,63}");
    /** Executable and script types mail providers (SES among them) refuse; refusing them here names the field. */
    private static final Set<String> BLOCKED_EXTENSIONS = Set.of("ade", "adp", "app", "asp", "bas", "bat", "cer", "chm", "cmd",
            "com", "cpl", "crt", "csh", "der", "exe", "fxp", "gadget", "hlp", "hta", "inf", "ins", "isp", "its", "js", "jse",
            "ksh", "lib", "lnk", "mad", "maf", "mag", "mam", "maq", "mar", "mas", "mat", "mau", "mav", "maw", "mda", "mdb",
            "mde", "mdt", "mdw", "mdz", "msc", "msh", "msh1", "msh2", "mshxml", "msi", "msp", "mst", "ops", "pcd", "pif",
            "plg", "prf", "prg", "ps1", "ps1xml", "ps2", "ps2xml", "psc1", "psc2", "reg", "scf", "scr", "sct", "shb", "shs",
            "sys", "tmp", "url", "vb", "vbe", "vbs", "vps", "vsmacros", "vss", "vst", "vsw", "vws", "xnk");

    private MessageExtrasParser() {
    }

    static Map<String, String> headers(FieldReader in) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode headers = in.object("headers");
        if (headers == null) {
            return out;
        }
        if (headers.size() > HeaderRules.MAX_CUSTOM_HEADERS) {
            in.error("headers", "must hold at most " + HeaderRules.MAX_CUSTOM_HEADERS + " headers");
            return out;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            String field = "headers." + h.getKey();
            String nameProblem = HeaderRules.nameProblem(h.getKey());
            if (nameProblem != null) {
                in.error(field, nameProblem);
            } else if (!seen.add(h.getKey().toLowerCase(Locale.ROOT))) {
                in.error(field, "is given twice (header names are case-insensitive)");
            } else if (!h.getValue().isTextual()) {
                in.error(field, "must be a string");
            } else if (h.getValue().textValue().length() > HeaderRules.MAX_VALUE) {
                in.error(field, "must be at most " + HeaderRules.MAX_VALUE + " characters");
            } else if (HeaderRules.problem(h.getValue().textValue()) != null) {
                in.error(field, HeaderRules.problem(h.getValue().textValue()));
            } else {
                out.put(h.getKey(), h.getValue().textValue());
            }
        }
        return out;
    }

    static List<SendRequestedV1.Tag> tags(FieldReader in) {
        List<SendRequestedV1.Tag> out = new ArrayList<>();
        JsonNode tags = in.array("tags", MAX_TAGS);
        if (tags == null) {
            return out;
        }
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            JsonNode tag = tags.get(i);
            String at = "tags[" + i + "]";
            if (!tag.isObject() || !tag.path("name").isTextual() || !tag.path("value").isTextual() || tag.size() != 2) {
                in.error(at, "must be an object {\"name\": string, \"value\": string}");
                continue;
            }
            String name = tag.get("name").textValue();
            String value = tag.get("value").textValue();
            if (!TAG.matcher(name).matches()) {
                in.error(at + ".name", "must be 1-256 letters, digits, '_' or '-'");
            } else if (!TAG.matcher(value).matches()) {
                in.error(at + ".value", "must be 1-256 letters, digits, '_' or '-'");
            } else if (!names.add(name)) {
                in.error(at + ".name", "is used by another tag of this message");
            } else {
                out.add(new SendRequestedV1.Tag(name, value));
            }
        }
        return out;
    }

    static Map<String, String> metadata(FieldReader in) {
        Map<String, String> out = new TreeMap<>();
        JsonNode metadata = in.object("metadata");
        if (metadata == null) {
            return out;
        }
        if (metadata.size() > MAX_METADATA_KEYS) {
            in.error("metadata", "must hold at most " + MAX_METADATA_KEYS + " keys");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "metadata." + e.getKey();
            if (!METADATA_KEY.matcher(e.getKey()).matches()) {
                in.error(field, "key must be 1-40 letters, digits, '_', '.' or '-'");
            } else if (!e.getValue().isTextual()) {
                in.error(field, "must be a string");
            } else if (e.getValue().textValue().length() > MAX_METADATA_VALUE) {
                in.error(field, "must be at most " + MAX_METADATA_VALUE + " characters");
            } else {
                out.put(e.getKey(), e.getValue().textValue());
            }
        }
        return out;
    }

    static List<SendRequestedV1.Attachment> attachments(FieldReader in) {
        List<SendRequestedV1.Attachment> out = new ArrayList<>();
        JsonNode list = in.array("attachments", MAX_ATTACHMENTS);
        if (list == null) {
            return out;
        }
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            String at = "attachments[" + i + "]";
            JsonNode a = list.get(i);
            if (!a.isObject()) {
                in.error(at, "must be an object {filename, content, content_type?}");
                continue;
            }
            SendRequestedV1.Attachment parsed = attachment(in, at, a);
            if (parsed != null) {
                total += parsed.sizeBytes();
                out.add(parsed);
            }
        }
        if (total > MAX_ATTACHMENT_BYTES) {
            in.error("attachments", "total " + total + " bytes once decoded; at most " + MAX_ATTACHMENT_BYTES
                    + " bytes (512 KiB) per message");
        }
        return out;
    }

    private static SendRequestedV1.Attachment attachment(FieldReader in, String at, JsonNode a) {
        for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("filename", "content", "content_type").contains(name)) {
                in.error(at + "." + name, "is not a field of an attachment");
            }
        }
        String filename = a.path("filename").isTextual() ? a.get("filename").textValue() : null;
        String content = a.path("content").isTextual() ? a.get("content").textValue() : null;
        JsonNode type = a.get("content_type");
        boolean ok = true;
        if (filename == null || filename.isBlank()) {
            in.error(at + ".filename", "is required (a string)");
            ok = false;
        } else if (filename.length() > MAX_FILENAME) {
            in.error(at + ".filename", "must be at most " + MAX_FILENAME + " characters");
            ok = false;
        } else if (HeaderRules.problem(filename) != null) {
            in.error(at + ".filename", HeaderRules.problem(filename));
            ok = false;
        } else if (filename.contains("/") || filename.contains("\\") || filename.contains("\"")) {
            in.error(at + ".filename", "must be a file name without '/', '\\' or '\"'");
            ok = false;
        } else if (BLOCKED_EXTENSIONS.contains(extension(filename))) {
            in.error(at + ".filename", "files of type ." + extension(filename) + " cannot be attached (executables and scripts are refused)");
            ok = false;
        }
        byte[] decoded = null;
        if (content == null) {
            in.error(at + ".content", "is required (the file, base64-encoded)");
            ok = false;
        } else {
            try {
                decoded = Base64.getDecoder().decode(content.replaceAll("[\\r\\n ]", ""));
            } catch (IllegalArgumentException e) {
                in.error(at + ".content", "must be base64 (RFC 4648, standard alphabet)");
                ok = false;
            }
        }
        String contentType = null;
        if (type != null && !type.isNull()) {
            if (!type.isTextual() || !CONTENT_TYPE.matcher(type.textValue()).matches()) {
                in.error(at + ".content_type", "must be a media type like application/pdf");
                ok = false;
            } else {
                contentType = type.textValue().toLowerCase(Locale.ROOT);
            }
        }
        if (!ok) {
            return null;
        }
        if (contentType == null) {
            String guessed = URLConnection.guessContentTypeFromName(filename);
            contentType = guessed == null ? "application/octet-stream" : guessed;
        }
        return new SendRequestedV1.Attachment(filename, contentType, decoded.length, Base64.getEncoder().encodeToString(decoded));
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
