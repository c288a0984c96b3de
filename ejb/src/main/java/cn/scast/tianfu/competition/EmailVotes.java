package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.TokenHash;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.notification.PublicLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 人气奖 votes of visitors without an account, verified by e-mail: the visitor names an entry and an address, a
 * one-time link goes there, and confirming it casts the vote through {@link PopularVotes} as the voter
 * {@code mail:<SHA-256 of the address>}, so one address votes once per edition. The address itself is not stored.
 */
@Stateless
@PermitAll
public class EmailVotes {

    public static final String CONFIRM_PAGE = "/public/vote.xhtml";
    static final String LINK_INVALID = "链接无效、已过期或已使用";
    /** Unconfirmed links one address may hold per edition at a time. */
    static final int MAX_PENDING_LINKS = 3;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private PopularVotes votes;

    @EJB
    private Notifier notifier;

    @EJB
    private EvaluationAudit refusals;

    /** Mails the confirmation link for a vote; refused (422) when the vote is not open or the address has voted. */
    public void request(long editionId, long entryId, String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
                throw RefusedInput.rule("email", "请填写有效的电子邮箱");
            }
            votes.requireVotable(editionId, entryId);
            String voter = voterOf(address);
            if (votes.hasVoted(editionId, voter)) {
                throw RefusedInput.rule("email", "该邮箱本届已投过票，每个邮箱每届只能投一票");
            }
            if (pendingLinks(editionId, voter) >= MAX_PENDING_LINKS) {
                // a few resends are fine; a flood of mails to someone else's address is not
                throw RefusedInput.rule("email", "已向该邮箱发送过确认邮件，请查收邮件（24 小时内有效）");
            }
            String token = TokenHash.newToken();
            em.persist(new EmailVoteRequest(editionId, entryId, voter, TokenHash.of(token), clock.instant()));
            String edition = em.find(Edition.class, editionId).getName();
            String link = PublicLinks.to(CONFIRM_PAGE + "?edition=" + editionId + "&confirm="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8));
            notifier.sendLinkMail(address, "【天府科技云】请确认您的人气奖投票",
                    "您好：\n\n有人用此邮箱在「" + edition + "」人气奖投票中投票。请在 24 小时内打开以下链接并点击「确认投票」"
                            + "（仅可使用一次）：\n" + link + "\n\n每个邮箱每届只能投一票。如非本人操作，请忽略本邮件。\n\n天府科技云");
        } catch (RefusedInput refused) {
            refusals.rejected(PopularVotes.ACTION_REFUSED, "cts_edition", String.valueOf(editionId),
                    Map.of("voter", "mail", "entry", entryId), refused.getMessage());
            throw refused;
        }
    }

    /** Casts the vote of a mailed link, once. @return the edition voted in */
    public long confirm(String token) {
        EmailVoteRequest request = em.createQuery("SELECT r FROM EmailVoteRequest r WHERE r.tokenHash = :h",
                        EmailVoteRequest.class).setParameter("h", TokenHash.of(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (request == null || !request.usableAt(clock.instant())) {
            throw RefusedInput.rule("token", LINK_INVALID);
        }
        request.use(clock.instant());
        votes.vote(request.getEditionId(), request.getEntryId(), request.getVoter());
        return request.getEditionId();
    }

    private long pendingLinks(long editionId, String voter) {
        Instant now = clock.instant();
        // compared in Java: Instant query parameters are not converted like the mapped attributes
        return em.createQuery("SELECT r FROM EmailVoteRequest r WHERE r.editionId = :e AND r.voter = :v "
                        + "AND r.usedAt IS NULL", EmailVoteRequest.class)
                .setParameter("e", editionId).setParameter("v", voter).getResultStream()
                .filter(r -> r.usableAt(now)).count();
    }

    static String voterOf(String address) {
        return "mail:" + TokenHash.of(address);
    }
}
