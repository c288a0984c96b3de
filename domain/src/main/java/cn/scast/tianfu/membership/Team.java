package cn.scast.tianfu.membership;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** 科技工作者团队: a named team of one city, led by one of its members. The leader is always a member. */
@Entity
@Table(name = "mem_team")
public class Team {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String name;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id", nullable = false)
    private Worker leader;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mem_team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "worker_id"))
    private Set<Worker> members = new LinkedHashSet<>();
    @Column(name = "discipline_code", length = 16)
    private String disciplineCode;
    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Team() {
    }

    public Team(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Replaces everything but the creation time; the leader joins the members if missing. */
    public void update(String name, Worker leader, Set<Worker> members, String disciplineCode, String cityCode) {
        this.name = name;
        this.leader = leader;
        this.members.retainAll(members);
        this.members.addAll(members);
        this.members.add(leader);
        this.disciplineCode = disciplineCode;
        this.cityCode = cityCode;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Worker getLeader() { return leader; }
    public Set<Worker> getMembers() { return members; }
    public String getDisciplineCode() { return disciplineCode; }
    public String getCityCode() { return cityCode; }
    public Instant getCreatedAt() { return createdAt; }
}
