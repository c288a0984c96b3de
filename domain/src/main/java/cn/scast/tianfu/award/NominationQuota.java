package cn.scast.tianfu.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A recommending unit (学会 by society code, 市州 by city code) of an edition and its nomination quota. */
@Entity
@Table(name = "awd_quota")
@IdClass(NominationQuota.Key.class)
public class NominationQuota {

    /** Composite key: edition and unit code. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long editionId;
        public String unitCode;

        public Key() {
        }

        public Key(long editionId, String unitCode) {
            this.editionId = editionId;
            this.unitCode = unitCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(editionId, k.editionId) && Objects.equals(unitCode, k.unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, unitCode);
        }
    }

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Id
    @Column(name = "unit_code", length = 16)
    private String unitCode;

    @Column(name = "unit_name", nullable = false, length = 64)
    private String unitName;

    @Column(name = "unit_kind", nullable = false, length = 8)
    private String unitKind;

    @Column(nullable = false)
    private int quota;

    protected NominationQuota() {
    }

    public NominationQuota(long editionId, String unitCode, String unitName, String unitKind, int quota) {
        this.editionId = editionId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.unitKind = unitKind;
        this.quota = quota;
    }

    public Long getEditionId() { return editionId; }
    public String getUnitCode() { return unitCode; }
    public String getUnitName() { return unitName; }
    public String getUnitKind() { return unitKind; }
    public int getQuota() { return quota; }
}
