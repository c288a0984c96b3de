package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Problems;

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
 * Enforces {@code @RolesAllowed} on the membership resources before they run: no caller → 401
 * problem+json (the authentication mechanism only answers 401 for URLs web.xml protects), wrong role → 403.
 * The EJB services check the roles again.
 */
@Provider
public class ApiRoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        if (type == null || !type.getPackageName().equals(ApiRoleCheck.class.getPackageName())) {
            return;
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Filter(roles.value()));
        }
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
