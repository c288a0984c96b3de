package cn.scast.tianfu.platform;

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

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} / {@code @PermitAll} on every REST resource before it runs: no caller
 * gives 401 with a Basic challenge, a caller without the roles 403, both as problem details. The
 * authentication mechanism itself only answers 401 for URLs that web.xml protects. Annotations are
 * looked up through the class hierarchy, because CDI-scoped resources arrive as proxy subclasses that
 * do not carry them.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiRolesFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || find(method, PermitAll.class) != null) {
            return;
        }
        RolesAllowed allowed = find(method, RolesAllowed.class);
        if (allowed == null) {
            allowed = find(resource.getResourceClass(), RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(Problems.of(Response.Status.UNAUTHORIZED, "Unauthorized", "需要登录：请使用 HTTP Basic 认证"));
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.of(Response.Status.FORBIDDEN, "Forbidden", "无权访问该资源"));
        }
    }

    private static <A extends Annotation> A find(Method method, Class<A> type) {
        for (Class<?> c = method.getDeclaringClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                A found = c.getDeclaredMethod(method.getName(), method.getParameterTypes()).getAnnotation(type);
                if (found != null) {
                    return found;
                }
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return null;
    }

    private static <A extends Annotation> A find(Class<?> type, Class<A> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            A found = c.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
