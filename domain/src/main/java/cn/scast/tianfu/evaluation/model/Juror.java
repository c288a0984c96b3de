package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.evaluation.JurorProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A member of a round's jury panel: a user account (by username), their employer and categories. */
@Entity
@Table(name = "evl_juror")
public class Juror {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @Column(length = 128)
    private String organisation;

    @Column(nullable = false, length = 500)
    private String categories;

    @Column(nullable = false)
    private boolean chair;

    protected Juror() {
    }

    public Juror(EvaluationRound round, String username, String displayName, String organisation,
                 Collection<String> categoryCodes, boolean chair) {
        this.round = round;
        this.username = username;
        this.displayName = displayName;
        this.organisation = organisation;
        this.categories = String.join(",", new TreeSet<>(categoryCodes));
        this.chair = chair;
    }

    public Set<String> categoryCodes() {
        return categories.isBlank() ? Set.of()
                : Arrays.stream(categories.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    /** The juror as the assignment and conflict rules see them; the id is the username. */
    public JurorProfile profile() {
        return new JurorProfile(username, displayName, organisation, categoryCodes());
    }

    public Long getId() { return id; }
    public EvaluationRound getRound() { return round; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getOrganisation() { return organisation; }
    public String getCategories() { return categories; }
    public boolean isChair() { return chair; }
}
