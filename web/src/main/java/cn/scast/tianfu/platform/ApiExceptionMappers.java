package cn.scast.tianfu.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's last line: every exception no area mapper claims becomes problem+json with a Chinese message, so
 * no request ever ends on the container's HTML error page. Area mappers (more specific exception types) still
 * win; these only catch what they leave.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    /**
     * Jersey's and the resources' own HTTP errors (404 unknown path or id, 405, 406, 415, 413, 400 ...): their
     * status, as problem details. A response that already carries a body is kept.
     */
    public static Response problemOf(WebApplicationException e) {
        Response original = e.getResponse();
        if (original != null && original.hasEntity()) {
            return original;
        }
        int status = original == null ? 500 : original.getStatus();
        if (status == 400) {
            var unreadable = UnreadableBody.problemFor(e);
            if (unreadable.isPresent()) {
                return unreadable.get();
            }
        }
        if (status >= 500) {
            return unexpected(e, null);
        }
        ProblemTexts.Text text = ProblemTexts.of(status);
        Response.ResponseBuilder problem = Response.fromResponse(
                Problems.of(status, text.title(), chineseMessageOr(e, text.detail()), null));
        if (original != null) {
            for (String header : new String[]{HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER}) {
                String value = original.getHeaderString(header);
                if (value != null) {
                    problem.header(header, value);
                }
            }
        }
        return problem.build();
    }

    /** 500 with an error number that is also in the server log beside the stack trace; no class names leak. */
    static Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API error " + id + (uri == null ? "" : " on " + uri.getRequestUri()), e);
        return Problems.of(500, "服务器内部错误", "服务器内部错误，请稍后重试；如问题持续，请联系管理员并提供错误编号 " + id, null);
    }

    /** A resource's own Chinese message (e.g. {@code new NotFoundException("没有查新报告")}), not Jersey's English one. */
    private static String chineseMessageOr(Throwable e, String fallback) {
        String message = e.getMessage();
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? message : fallback;
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return problemOf(e);
        }
    }

    /** Jersey's JSON-B reader wraps Yasson's failure in a ProcessingException. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            return UnreadableBody.problemFor(e).orElseGet(() -> unexpected(e, uri));
        }
    }

    @Provider
    public static class JsonBinding implements ExceptionMapper<JsonbException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return UnreadableBody.problemFor(e).orElseGet(() -> unexpected(e, uri));
        }
    }

    /** Parsson's parse errors (malformed JSON, nesting beyond its depth limit) escape the JSON-B reader unwrapped. */
    @Provider
    public static class JsonParsing implements ExceptionMapper<JsonException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(JsonException e) {
            return UnreadableBody.problemFor(e).orElseGet(() -> unexpected(e, uri));
        }
    }

    /** An unknown record: 404 with its Chinese description. */
    @Provider
    public static class RecordMissing implements ExceptionMapper<RecordNotFound> {
        @Override
        public Response toResponse(RecordNotFound e) {
            return Problems.of(404, ProblemTexts.of(404).title(), e.getMessage(), null);
        }
    }

    /** A request against the record's state (a closed listing, a forbidden status change): 409 with why. */
    @Provider
    public static class RecordInConflict implements ExceptionMapper<RecordConflict> {
        @Override
        public Response toResponse(RecordConflict e) {
            return Problems.of(409, "状态冲突", e.getMessage(), null);
        }
    }

    /** The role allows the operation, not on this record (another city's listing or order): 403 with why. */
    @Provider
    public static class RecordRefused implements ExceptionMapper<RecordAccessRefused> {
        @Override
        public Response toResponse(RecordAccessRefused e) {
            return Problems.of(403, "无权访问", e.getMessage(), null);
        }
    }

    /** 401 for an anonymous caller, 403 for a signed-in one whose roles do not allow the operation. */
    static Response callerRefused(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null
                ? Problems.of(401, ProblemTexts.of(401).detail(), null)
                : Problems.of(403, "无权执行该操作", null);
    }

    /** Anything else; an EJB refusal (@RolesAllowed of a bean method), also one buried in a wrapper, answers 401/403. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private UriInfo uri;

        @Context
        private SecurityContext security;

        @Override
        public Response toResponse(Throwable e) {
            var unreadable = UnreadableBody.problemFor(e);
            if (unreadable.isPresent()) {
                return unreadable.get();
            }
            for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return callerRefused(security);
                }
                if (t instanceof RecordAccessRefused refused) {
                    return new RecordRefused().toResponse(refused);
                }
                if (t instanceof WebApplicationException wae) {
                    return problemOf(wae);
                }
            }
            return unexpected(e, uri);
        }
    }
}
