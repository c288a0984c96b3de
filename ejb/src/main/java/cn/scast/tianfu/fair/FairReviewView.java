package cn.scast.tianfu.fair;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A year's expert review as the office sees it: window, rule, panel and scoring progress per project.
 * A class with getters, not a record: screens read it through EL.
 */
public final class FairReviewView implements Serializable {

    private final int year;
    private final long editionId;
    private final long roundId;
    private final Instant opensAt;
    private final Instant closesAt;
    private final int placesPerType;
    private final BigDecimal passMark;
    private final int jurorsPerEntry;
    private final List<String> jurors;
    private final Map<Long, String> progressByProject;
    private final int projects;
    private final int completedProjects;
    private final Instant adoptedAt;

    public FairReviewView(int year, long editionId, long roundId, Instant opensAt, Instant closesAt, int placesPerType,
                          BigDecimal passMark, int jurorsPerEntry, List<String> jurors,
                          Map<Long, String> progressByProject, int projects, int completedProjects,
                          Instant adoptedAt) {
        this.year = year;
        this.editionId = editionId;
        this.roundId = roundId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.placesPerType = placesPerType;
        this.passMark = passMark;
        this.jurorsPerEntry = jurorsPerEntry;
        this.jurors = List.copyOf(jurors);
        this.progressByProject = Map.copyOf(progressByProject);
        this.projects = projects;
        this.completedProjects = completedProjects;
        this.adoptedAt = adoptedAt;
    }

    public int getYear() { return year; }
    public long getEditionId() { return editionId; }
    public long getRoundId() { return roundId; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public int getPlacesPerType() { return placesPerType; }
    public BigDecimal getPassMark() { return passMark; }
    public int getJurorsPerEntry() { return jurorsPerEntry; }
    /** "username（unit）" per expert, the chair marked 组长. */
    public List<String> getJurors() { return jurors; }
    /** Project id → "submitted / assigned" score sheets. */
    public Map<Long, String> getProgressByProject() { return progressByProject; }
    public int getProjects() { return projects; }
    /** Projects whose every assigned expert has submitted a score. */
    public int getCompletedProjects() { return completedProjects; }
    public Instant getAdoptedAt() { return adoptedAt; }
    public boolean isAdopted() { return adoptedAt != null; }
}
