package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** One team's public page: who they are, their total hours and the activities still to come; unknown ids are 404. */
@Named
@RequestScoped
public class PublicTeamBean {

    @EJB
    private VolunteerTeams teams;

    @EJB
    private VolunteerActivities activities;

    private String id;
    private TeamView team;
    private List<ActivityView> upcoming = List.of();

    public void load() throws IOException {
        Long key = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        try {
            team = key == null ? null : teams.team(key);
        } catch (RecordNotFound | EJBException missing) {
            if (missing instanceof EJBException e && !(e.getCause() instanceof RecordNotFound)) {
                throw e;
            }
            team = null;
        }
        if (team == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "没有这支科技志愿服务队");
            faces.responseComplete();
            return;
        }
        upcoming = activities.upcoming(key);
    }

    public TeamView getTeam() { return team; }
    public List<ActivityView> getUpcoming() { return upcoming; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
