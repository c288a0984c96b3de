package cn.scast.tianfu.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for every REST resource. The body is
 * written as a finished JSON string: these responses are also produced by request filters, before any
 * entity provider is chosen.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json;charset=UTF-8";

    private Problems() {
    }

    public static Response of(Response.Status status, String title, String detail) {
        return of(status.getStatusCode(), title, detail, null);
    }

    /** A problem titled in Chinese by its status ({@link ProblemTexts}), not by the HTTP reason phrase. */
    public static Response of(Response.Status status, String detail) {
        return of(status.getStatusCode(), detail, null);
    }

    /** As {@link #of(Response.Status, String)}, with per-field errors (may be null). */
    public static Response of(int status, String detail, List<FieldError> errors) {
        return of(status, ProblemTexts.of(status).title(), detail, errors);
    }

    /** @param errors per-field errors, each with {@code field} and {@code message}; may be null */
    public static Response of(int status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (errors != null) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"tianfu\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
