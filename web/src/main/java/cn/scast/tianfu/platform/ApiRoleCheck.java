package cn.scast.tianfu.platform;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on every REST resource before it runs: no caller → 401 problem+json with
 * a Basic challenge (the authentication mechanism only answers 401 for URLs web.xml protects), wrong role →
 * 403. Bound per resource method when the application starts, where the annotations are read from the
 * resource class itself (at request time CDI-scoped resources are proxies that do not carry them). The
 * EJB services check the roles again.
 */
@Provider
public class ApiRoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        java.lang.reflect.Method method = resource.getResourceMethod();
        if (type == null || method == null || onMethod(method, jakarta.annotation.security.PermitAll.class) != null) {
            return;
        }
        RolesAllowed roles = onMethod(method, RolesAllowed.class);
        if (roles == null) {
            roles = onClass(type, RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Filter(roles.value()));
        }
    }

    /** CDI-scoped resources may be proxy subclasses: look through the class hierarchy. */
    private static <A extends java.lang.annotation.Annotation> A onClass(Class<?> type, Class<A> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            A found = c.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static <A extends java.lang.annotation.Annotation> A onMethod(java.lang.reflect.Method method,
                                                                         Class<A> annotation) {
        for (Class<?> c = method.getDeclaringClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                A found = c.getDeclaredMethod(method.getName(), method.getParameterTypes()).getAnnotation(annotation);
                if (found != null) {
                    return found;
                }
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return null;
    }

    private record Filter(String[] roles) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Problems.of(401, "Unauthorized", "需要登录：请使用 HTTP Basic 认证", null));
                return;
            }
            if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problems.of(403, "Forbidden", "无权访问该资源", null));
            }
        }
    }
}
