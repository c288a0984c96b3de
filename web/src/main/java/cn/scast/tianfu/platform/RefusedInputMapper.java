package cn.scast.tianfu.platform;

import cn.scast.tianfu.platform.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused nomination or registration: 400 for invalid fields, 422 for a broken rule, both with field errors. */
@Provider
public class RefusedInputMapper implements ExceptionMapper<RefusedInput> {

    @Override
    public Response toResponse(RefusedInput e) {
        return e.invalidInput()
                ? Problems.of(400, "Bad Request", e.getMessage(), e.errors())
                : Problems.of(422, "Unprocessable Content", e.getMessage(), e.errors());
    }
}
