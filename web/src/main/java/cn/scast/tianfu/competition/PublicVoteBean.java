package cn.scast.tianfu.competition;

import cn.scast.tianfu.award.RefusedInput;
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

    public VoteTally getTally() { return tally; }
    public List<VoteTally> getEditions() { return editions; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
}
