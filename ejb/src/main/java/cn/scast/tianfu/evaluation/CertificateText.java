package cn.scast.tianfu.evaluation;

import java.io.Serializable;
import java.time.LocalDate;

/** What a certificate (荣誉证书) says: who, for what, which award, issued by whom and when. */
public record CertificateText(long entryId, String entrantName, String organisation, String title, String programme,
                              String editionName, String tier, String issuer, LocalDate issuedOn) implements Serializable {
}
