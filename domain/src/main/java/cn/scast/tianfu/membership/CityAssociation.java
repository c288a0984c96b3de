package cn.scast.tianfu.membership;

import jakarta.persistence.*;

/** 市州科协: one per city of ref_city. */
@Entity
@Table(name = "mem_city_association")
public class CityAssociation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "city_code", nullable = false, length = 6, unique = true)
    private String cityCode;
    @Column(nullable = false, length = 64)
    private String name;
    @Version
    private long version;

    protected CityAssociation() {
    }

    public CityAssociation(String cityCode, String name) {
        this.cityCode = cityCode;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getCityCode() { return cityCode; }
    public String getName() { return name; }
}
