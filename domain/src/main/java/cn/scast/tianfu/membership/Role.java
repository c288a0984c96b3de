package cn.scast.tianfu.membership;

/** Security roles; {@link #roleName()} is what Jakarta Security and web.xml use. */
public enum Role {
    ADMIN("admin"),
    CITY_STAFF("city-staff"),
    SOCIETY_OFFICER("society-officer"),
    JURY_MEMBER("jury-member"),
    WORKER("worker"),
    ENTERPRISE("enterprise"),
    PUBLIC("public");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
