package cn.scast.tianfu.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused input with its field errors: 400 for invalid fields, 409 for a clash with an existing record, 422 for a broken rule. */
@Provider
public class RefusedInputMapper implements ExceptionMapper<RefusedInput> {

    @Override
    public Response toResponse(RefusedInput e) {
        return switch (e.reason()) {
            case INVALID -> Problems.of(400, e.getMessage(), e.errors());
            case CONFLICT -> Problems.of(409, e.getMessage(), e.errors());
            case RULE -> Problems.of(422, e.getMessage(), e.errors());
        };
    }
}
