package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too many confirmations for one address: 429 with the Chinese reason and a Retry-After of an hour. */
@Provider
public class SubscriberRequestsThrottledMapper implements ExceptionMapper<SubscriberRequestsThrottled> {

    @Override
    public Response toResponse(SubscriberRequestsThrottled e) {
        return Response.fromResponse(Problems.of(429, "Too Many Requests", e.getMessage(), null))
                .header("Retry-After", "3600").build();
    }
}
