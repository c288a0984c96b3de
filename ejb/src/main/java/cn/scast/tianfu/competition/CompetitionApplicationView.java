package cn.scast.tianfu.competition;

import java.io.Serializable;
import java.time.Instant;

/** A self-service contest application as its applicant and the reviewing city office see it. */
public record CompetitionApplicationView(long id, long editionId, String editionName, String applicant, String title,
                                     String entrantName, String cityCode, String countyCode, String track,
                                     String schoolLevel, String subject,
                                     String school, String tutor, String members, boolean noveltyReport,
                                     CompetitionApplicationStatus status, String statusLabel, String reason,
                                     Long registrationId, Instant submittedAt) implements Serializable {

    static CompetitionApplicationView of(CompetitionApplication a, String editionName) {
        return new CompetitionApplicationView(a.getId(), a.getEditionId(), editionName, a.getApplicant(), a.getTitle(),
                a.getEntrantName(), a.getCityCode(), a.getCountyCode(), a.getTrack(), a.getSchoolLevel(), a.getSubject(), a.getSchool(), a.getTutor(),
                a.getMembers(), a.getReportName() != null, a.getStatus(), a.getStatus().label(), a.getReason(),
                a.getRegistrationId(), a.getSubmittedAt());
    }
}
