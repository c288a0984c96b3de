package cn.scast.tianfu.membership;

import java.io.Serializable;

public record CityAssociationView(Long id, String cityCode, String cityName, String name, String contactPerson,
                                  String contactPhone, String email, String address, int countyCount, int staffCount)
        implements Serializable {
}
