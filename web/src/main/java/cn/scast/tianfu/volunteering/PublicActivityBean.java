package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.web.Refusals;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * An activity's public page: time, place, places left; a visitor is asked to sign in, a signed-in account signs up
 * or cancels its sign-up before the start.
 */
@Named
@ViewScoped
public class PublicActivityBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private VolunteerActivities activities;

    private String id;
    private ActivityView activity;
    private SignUpView mine;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Long key = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        try {
            activity = key == null ? null : activities.activity(key);
        } catch (RecordNotFound | EJBException missing) {
            if (missing instanceof EJBException e && !(e.getCause() instanceof RecordNotFound)) {
                throw e;
            }
            activity = null;
        }
        if (activity == null) {
            faces.getExternalContext().responseSendError(404, "没有这项志愿服务活动");
            faces.responseComplete();
            return;
        }
        refreshMine();
    }

    public void signUp() {
        if (Refusals.attempt(() -> mine = activities.signUp(activity.id()))) {
            Messages.info(Messages.of("msg", "volunteering.notice.signedUp", activity.title()));
        }
        activity = activities.activity(activity.id());
    }

    public void cancel() {
        if (Refusals.attempt(() -> mine = activities.cancelSignUp(activity.id()))) {
            Messages.info(Messages.of("msg", "volunteering.notice.signUpCancelled"));
        }
        activity = activities.activity(activity.id());
    }

    /** The sign-in address that comes back to this page afterwards. */
    public String getSignInUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/login.xhtml";
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null;
    }

    /** Whether the caller holds a place (signed up, attended or absent). */
    public boolean isSignedUp() {
        return mine != null && !"CANCELLED".equals(mine.status());
    }

    private void refreshMine() {
        mine = isSignedIn() ? activities.mySignUp(activity.id()).orElse(null) : null;
    }

    public ActivityView getActivity() { return activity; }
    public SignUpView getMine() { return mine; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
