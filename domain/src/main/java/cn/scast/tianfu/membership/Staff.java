package cn.scast.tianfu.membership;

import jakarta.persistence.*;

/** 科服保姆: a login (role city-staff) working for one city association. */
@Entity
@Table(name = "mem_staff")
public class Staff {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "city_association_id", nullable = false)
    private CityAssociation cityAssociation;
    @Version
    private long version;

    protected Staff() {
    }

    public Staff(String username, String displayName, CityAssociation cityAssociation) {
        this.username = username;
        this.displayName = displayName;
        this.cityAssociation = cityAssociation;
    }

    public void update(String displayName, CityAssociation cityAssociation) {
        this.displayName = displayName;
        this.cityAssociation = cityAssociation;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public CityAssociation getCityAssociation() { return cityAssociation; }
}
