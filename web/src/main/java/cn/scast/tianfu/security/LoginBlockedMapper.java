package cn.scast.tianfu.security;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.membership.LoginBlockedException;
import cn.scast.tianfu.platform.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** 429 with Retry-After while the caller's address is blocked after too many wrong passwords. */
@Provider
public class LoginBlockedMapper implements ExceptionMapper<LoginBlockedException> {

    private static final DateTimeFormatter TIME = ChinaTime.SECONDS;

    @Override
    public Response toResponse(LoginBlockedException e) {
        long seconds = Math.max(1, Duration.between(Instant.now(), e.until()).toSeconds() + 1);
        return Response.fromResponse(Problems.of(429, "Too Many Requests",
                        "密码错误次数过多，请于 " + TIME.format(e.until()) + " 后再试", null))
                .header("Retry-After", seconds).build();
    }
}
