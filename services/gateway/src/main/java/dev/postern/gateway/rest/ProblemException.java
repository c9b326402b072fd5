package dev.postern.gateway.rest;

import java.util.List;
import java.util.Map;

/** Thrown anywhere in request handling to answer with a problem detail. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.";
        return new ProblemException(422, "validation-failed", "The request is not valid", detail, errors, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist.");
    }

    public static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Forbidden", detail);
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
    public Map<String, String> headers() { return headers; }
}
