package cn.scast.tianfu.membership;

import java.io.Serializable;

public record OrganisationView(Long id, OrganisationType type, String name, String creditCode, String cityCode)
        implements Serializable {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.getType(), o.getName(), o.getCreditCode(), o.getCityCode());
    }
}
