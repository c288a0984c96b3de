package cn.scast.tianfu.security;

import cn.scast.tianfu.platform.ProblemTexts;
import cn.scast.tianfu.platform.Problems;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on API resources before any other authorisation filter: no caller gives 401 with a
 * Basic challenge, a caller without any of the roles 403, both as problem details. Methods or classes
 * without the annotation are left alone. The one role filter of the whole API; the EJB services check the
 * roles again.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiRolesFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(Problems.of(Response.Status.UNAUTHORIZED, ProblemTexts.of(401).detail())); // with its challenge
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.of(Response.Status.FORBIDDEN, "当前账号无权执行此操作"));
        }
    }
}
