package cn.scast.tianfu.membership;

import jakarta.persistence.*;

/** 市州科协: one per city of ref_city. Name and city are fixed; the contact fields are edited. */
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
    @Column(name = "contact_person", length = 32)
    private String contactPerson;
    @Column(name = "contact_phone", length = 20)
    private String contactPhone;
    @Column(length = 254)
    private String email;
    @Column(length = 128)
    private String address;
    @Version
    private long version;

    protected CityAssociation() {
    }

    public CityAssociation(String cityCode, String name) {
        this.cityCode = cityCode;
        this.name = name;
    }

    public void updateContact(String contactPerson, String contactPhone, String email, String address) {
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.email = email;
        this.address = address;
    }

    public Long getId() { return id; }
    public String getCityCode() { return cityCode; }
    public String getName() { return name; }
    public String getContactPerson() { return contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
}
