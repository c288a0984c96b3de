package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;

import java.time.Instant;

/** A registration as reviewers see it (never the raw ID number: only its masked form). */
public record ApplicationView(long id, ApplicationKind kind, AccountStatus status, String username, String name,
                              String mobile, String email, boolean emailVerified, String cityCode, String cityName,
                              String countyCode, String idMasked, String disciplineCode, String unitName,
                              String creditCode, String contactPerson, String reason, Instant submittedAt,
                              Instant reviewedAt, String reviewedBy, Long workerId, Long organisationId) {

    static ApplicationView of(AccountApplication a, String cityName) {
        return new ApplicationView(a.getId(), a.getKind(), a.getStatus(), a.getAccount().getUsername(), a.getName(),
                a.getMobile(), a.getEmail(), a.getAccount().isEmailVerified(), a.getCityCode(), cityName,
                a.getCountyCode(), a.getIdMasked(), a.getDisciplineCode(), a.getUnitName(), a.getCreditCode(),
                a.getContactPerson(), a.getReason(), a.getSubmittedAt(), a.getReviewedAt(), a.getReviewedBy(),
                a.getWorkerId(), a.getOrganisationId());
    }

    /** 科技工作者 / 企事业单位 */
    public String kindLabel() {
        return kind == ApplicationKind.WORKER ? "科技工作者" : "企事业单位";
    }

    /** 待审核 / 已通过 / 未通过 */
    public String statusLabel() {
        return ApplicationStatusView.label(status);
    }
}
