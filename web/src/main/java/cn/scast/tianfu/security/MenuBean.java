package cn.scast.tianfu.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which menu entries the signed-in caller sees: those of the areas their roles work in. */
@Named("menu")
@RequestScoped
public class MenuBean {

    @Inject
    private ExternalContext external;

    /** Whether the area named like {@link AdminArea} (e.g. {@code "CONCIERGE"}) is in the caller's menu. */
    public boolean shows(String area) {
        return AdminArea.valueOf(area).admits(external::isUserInRole);
    }
}
