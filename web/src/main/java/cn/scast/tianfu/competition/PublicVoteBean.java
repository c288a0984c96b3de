package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the public 人气奖 page: without an edition the list of votes; with one its entries, a vote button per entry
 * for a signed-in account while the vote is open, and the counts once it has closed.
 */
@Named
@ViewScoped
public class PublicVoteBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PopularVotes votes;

    @EJB
    private EmailVotes emailVotes;

    /** The token of a mailed vote link, when the page is opened from it. */
    private String confirm;
    private Long emailEntryId;
    private String email;
    private boolean confirmed;

    /** The edition as given in the address: text, so that a malformed one is a 404 like an unknown one. */
    private String edition;
    private VoteTally tally;
    private List<VoteTally> editions;

    public void load() throws IOException {
        if (edition == null || edition.isBlank()) {
            editions = votes.votingEditions();
            return;
        }
        try {
            tally = edition.matches("\\d{1,18}") ? votes.tally(Long.parseLong(edition)) : null;
        } catch (RecordNotFound e) {
            tally = null;
        }
        if (tally == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "没有这项人气奖投票");
            faces.responseComplete();
        }
    }

    public void vote(long entryId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            votes.vote(tally.editionId(), entryId, faces.getExternalContext().getRemoteUser());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "投票成功，感谢参与", null));
        } catch (RefusedInput refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
        tally = votes.tally(tally.editionId());
    }

    /** A visitor without an account: the link to confirm the vote goes to the address given. */
    public void requestEmailVote() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            emailVotes.request(tally.editionId(), emailEntryId == null ? 0 : emailEntryId, email);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "确认邮件已发送至 " + email.strip() + "，请在 24 小时内打开邮件中的链接完成投票", null));
            email = null;
        } catch (RefusedInput refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    /** The button on the page a mailed link opens: only this POST casts the vote (a mail scanner's GET does not). */
    public void confirmEmailVote() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            emailVotes.confirm(confirm);
            confirmed = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "投票成功，感谢参与", null));
        } catch (RefusedInput refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
        tally = votes.tally(tally.editionId());
    }

    /** Whether the page was opened from a mailed link that has not been confirmed on it yet. */
    public boolean isConfirming() {
        return confirm != null && !confirm.isBlank() && !confirmed;
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null;
    }

    public boolean isVoted() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return tally != null && user != null && votes.hasVoted(tally.editionId(), user);
    }

    public boolean isOpen() {
        return tally != null && tally.status() == VoteStatus.OPEN;
    }

    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
    public Long getEmailEntryId() { return emailEntryId; }
    public void setEmailEntryId(Long emailEntryId) { this.emailEntryId = emailEntryId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public VoteTally getTally() { return tally; }
    public List<VoteTally> getEditions() { return editions; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
}
