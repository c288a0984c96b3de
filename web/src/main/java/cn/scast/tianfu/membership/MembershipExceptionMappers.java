package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.ApiExceptionMappers;
import cn.scast.tianfu.platform.Problems;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Service exceptions of the membership area as problem+json. */
public final class MembershipExceptionMappers {

    private MembershipExceptionMappers() {
    }

    /** 400 with the field errors; 409 when the record clashes with an existing one (duplicate key). */
    @Provider
    public static class Validation implements ExceptionMapper<MembershipValidationException> {
        @Override
        public Response toResponse(MembershipValidationException e) {
            return e.conflict()
                    ? Problems.of(409, "Conflict", "与已有记录冲突", e.errors())
                    : Problems.of(400, "Bad Request", "输入有误，请检查各字段", e.errors());
        }
    }

    /**
     * Payara's own @RolesAllowed filter for JAX-RS (on by default) answers an anonymous call with a bare
     * 401 and a wrong role with a bare 403; for the membership resources both become problem+json.
     */
    @Provider
    public static class Unauthorized implements ExceptionMapper<NotAuthorizedException> {
        @Context
        private ResourceInfo resource;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(NotAuthorizedException e) {
            return ours(resource, uri) ? Problems.of(401, "Unauthorized", "需要登录：请使用 HTTP Basic 认证", null)
                    : ApiExceptionMappers.problemOf(e);
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        private ResourceInfo resource;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ForbiddenException e) {
            return ours(resource, uri) ? Problems.of(403, "Forbidden", "无权访问该资源", null)
                    : ApiExceptionMappers.problemOf(e);
        }
    }

    /** A request for one of the membership resources (by matched class, or else by path). */
    static boolean ours(ResourceInfo resource, UriInfo uri) {
        try {
            Class<?> type = resource == null ? null : resource.getResourceClass();
            if (type != null && type.getPackageName().equals(MembershipExceptionMappers.class.getPackageName())) {
                return true;
            }
        } catch (RuntimeException e) {
            // no matched resource: judge by the path
        }
        try {
            String path = uri == null ? "" : uri.getPath();
            path = path.startsWith("/") ? path.substring(1) : path;
            return java.util.stream.Stream.of("v1/workers", "v1/organisations", "v1/societies", "v1/teams", "v1/journals",
                    "v1/staff", "v1/city-associations", "v1/organisation-memberships").anyMatch(path::startsWith);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<MembershipNotFoundException> {
        @Override
        public Response toResponse(MembershipNotFoundException e) {
            return Problems.of(404, "Not Found", "记录不存在或无权查看", null);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<MembershipAccessDeniedException> {
        @Override
        public Response toResponse(MembershipAccessDeniedException e) {
            return Problems.of(403, "Forbidden", "无权操作该记录", null);
        }
    }

    @Provider
    public static class Access implements ExceptionMapper<EJBAccessException> {
        @Context
        private SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            return security == null || security.getUserPrincipal() == null
                    ? Problems.of(401, "Unauthorized", "需要登录：请使用 HTTP Basic 认证", null)
                    : Problems.of(403, "Forbidden", "无权执行该操作", null);
        }
    }
}
