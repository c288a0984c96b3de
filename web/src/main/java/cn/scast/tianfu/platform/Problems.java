package cn.scast.tianfu.platform;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details ({@code application/problem+json}) for every REST resource. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json;charset=UTF-8";

    private Problems() {
    }

    public static Response of(Response.Status status, String title, String detail) {
        return of(status.getStatusCode(), title, detail, null);
    }

    /** @param errors per-field errors, each with {@code field} and {@code message}; may be null */
    public static Response of(int status, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (errors != null) {
            body.put("errors", errors.stream().map(e -> {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("field", e.field());
                error.put("message", e.message());
                return error;
            }).toList());
        }
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body);
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"tianfu\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
