package cn.scast.tianfu.membership;

import jakarta.persistence.*;

/** Links a login with role society-officer to the one society it acts for. */
@Entity
@Table(name = "mem_society_officer")
public class SocietyOfficer {
    @Id
    @Column(length = 64)
    private String username;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "society_id", nullable = false)
    private Society society;

    protected SocietyOfficer() {
    }

    public SocietyOfficer(String username, Society society) {
        this.username = username;
        this.society = society;
    }

    public String getUsername() { return username; }
    public Society getSociety() { return society; }
}
