package cn.scast.tianfu.membership;

import java.io.Serializable;

public record JournalView(Long id, String code, String name, Long societyId, String societyName, String issn, String cn,
                          String disciplineCode) implements Serializable {

    static JournalView of(Journal j) {
        Society s = j.getSociety();
        return new JournalView(j.getId(), j.getCode(), j.getName(), s == null ? null : s.getId(),
                s == null ? null : s.getName(), j.getIssn(), j.getCn(), j.getDisciplineCode());
    }
}
