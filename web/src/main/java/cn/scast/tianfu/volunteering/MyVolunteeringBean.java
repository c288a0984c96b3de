package cn.scast.tianfu.volunteering;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** 我的志愿服务: the signed-in account's total hours and its sign-ups. */
@Named
@RequestScoped
public class MyVolunteeringBean {

    @EJB
    private VolunteerActivities activities;

    @EJB
    private VolunteerTeams teams;

    private MyVolunteering mine;
    private Boolean leads;

    /** Whether the caller leads a team (and so gets the link to 我带领的服务队). */
    public boolean isLeads() {
        if (leads == null) {
            leads = !teams.manageable().isEmpty();
        }
        return leads;
    }

    public MyVolunteering getMine() {
        if (mine == null) {
            mine = activities.mine();
        }
        return mine;
    }
}
