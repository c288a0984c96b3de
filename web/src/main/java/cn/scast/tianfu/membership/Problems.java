package cn.scast.tianfu.membership;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details (application/problem+json) for the membership API. */
final class Problems {

    static final String TYPE = "application/problem+json";

    private Problems() {
    }

    static Response of(int status, String title, String detail, List<FieldError> errors) {
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
        Response.ResponseBuilder response = Response.status(status).type(TYPE + ";charset=UTF-8")
                .entity(body.build().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"tianfu\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
