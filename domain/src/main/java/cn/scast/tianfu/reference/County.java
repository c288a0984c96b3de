package cn.scast.tianfu.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county or district (区县) inside a city, keyed by its GB/T 2260 code. */
@Entity
@Cacheable
@Table(name = "ref_county")
public class County {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 32)
    private String name;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    protected County() {
    }

    public County(String code, String name, String cityCode) {
        this.code = code;
        this.name = name;
        this.cityCode = cityCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCityCode() {
        return cityCode;
    }
}
