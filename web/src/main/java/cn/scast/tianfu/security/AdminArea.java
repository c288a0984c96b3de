package cn.scast.tianfu.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The areas of the back office and the roles that work in each: one table drives the menu a role sees, the
 * page a role lands on and the 403 for a page outside the role. It mirrors the services' own role checks,
 * which stay the last word.
 */
public enum AdminArea {
    DASHBOARD("/admin/dashboard", "admin", "city-staff"),
    MEMBERSHIP("/admin/membership/", "admin", "city-staff", "society-officer"),
    LISTINGS("/admin/listing/", "admin", "city-staff"),
    CONCIERGE("/admin/concierge/", "admin", "city-staff"),
    FAIR("/admin/fair/", "admin", "city-staff"),
    WORKSTATION("/admin/workstation/", "admin", "city-staff"),
    EVALUATION("/admin/evaluation/", "admin", "jury-member"),
    AWARDS("/admin/award/", "admin", "society-officer"),
    CONTESTS("/admin/competition/", "admin", "city-staff"),
    POPSCIENCE("/admin/popscience/", "admin", "city-staff"),
    VOLUNTEERING("/admin/volunteering/", "admin", "city-staff"),
    IMPORTS("/admin/imports/", "admin", "city-staff"),
    APPLICATIONS("/admin/account/", "admin", "city-staff"),
    SECURITY("/admin/security/", "admin");

    /** Where a signed-in account goes when it has no back-office area (self-registered workers and enterprises): its inbox. */
    public static final String ACCOUNT_HOME = "/account/inbox.xhtml";

    private final String pathPrefix;
    private final List<String> roles;

    AdminArea(String pathPrefix, String... roles) {
        this.pathPrefix = pathPrefix;
        this.roles = List.of(roles);
    }

    /** The area a path (below the context root) belongs to, if any. */
    public static Optional<AdminArea> of(String path) {
        return Arrays.stream(values()).filter(area -> path.startsWith(area.pathPrefix)).findFirst();
    }

    /** Whether a caller holding the roles {@code hasRole} accepts may work in this area. */
    public boolean admits(Predicate<String> hasRole) {
        return roles.stream().anyMatch(hasRole);
    }

    /** The first page of this area. */
    public String homePage() {
        return switch (this) {
            case DASHBOARD -> "/admin/dashboard.xhtml";
            case EVALUATION -> "/admin/evaluation/index.xhtml";
            case AWARDS -> "/admin/award/nominations.xhtml";
            case CONTESTS -> "/admin/competition/registrations.xhtml";
            case SECURITY -> "/admin/security/login-blocks.xhtml";
            case APPLICATIONS -> "/admin/account/applications.xhtml";
            default -> pathPrefix + "index.xhtml";
        };
    }

    /** The page a caller lands on after signing in: the first area of the table the caller may work in. */
    public static String homeFor(Predicate<String> hasRole) {
        return Arrays.stream(values()).filter(area -> area.admits(hasRole)).findFirst()
                .map(AdminArea::homePage).orElse(ACCOUNT_HOME);
    }
}
