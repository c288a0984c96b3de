package cn.scast.tianfu.membership;

import java.io.Serializable;

/**
 * A worker as one caller may see it. In the public view {@code idMasked}, {@code mobile} and
 * {@code email} are null (JSON-B leaves them out).
 */
public record WorkerView(Long id, String name, String idMasked, String mobile, String email, String cityCode,
                         String countyCode, String disciplineCode, String title, Long organisationId,
                         String organisationName, boolean privateFieldsShown) implements Serializable {

    static WorkerView of(Worker w, boolean showPrivate) {
        Organisation o = w.getOrganisation();
        return new WorkerView(w.getId(), w.getName(), showPrivate ? w.getIdMasked() : null,
                showPrivate ? w.getMobile() : null, showPrivate ? w.getEmail() : null, w.getCityCode(),
                w.getCountyCode(), w.getDisciplineCode(), w.getTitle(), o == null ? null : o.getId(),
                o == null ? null : o.getName(), showPrivate);
    }
}
