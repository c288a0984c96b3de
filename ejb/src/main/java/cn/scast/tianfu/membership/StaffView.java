package cn.scast.tianfu.membership;

import java.io.Serializable;

public record StaffView(Long id, String username, String displayName, Long cityAssociationId, String cityAssociationName,
                        String cityCode) implements Serializable {

    static StaffView of(Staff s) {
        CityAssociation a = s.getCityAssociation();
        return new StaffView(s.getId(), s.getUsername(), s.getDisplayName(), a.getId(), a.getName(), a.getCityCode());
    }
}
