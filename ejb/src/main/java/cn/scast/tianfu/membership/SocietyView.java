package cn.scast.tianfu.membership;

import java.io.Serializable;

public record SocietyView(Long id, String code, String name, String disciplineCode, String supervisingUnit)
        implements Serializable {

    static SocietyView of(Society s) {
        return new SocietyView(s.getId(), s.getCode(), s.getName(), s.getDisciplineCode(), s.getSupervisingUnit());
    }
}
