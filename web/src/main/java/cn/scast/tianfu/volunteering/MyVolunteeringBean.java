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

    private MyVolunteering mine;

    public MyVolunteering getMine() {
        if (mine == null) {
            mine = activities.mine();
        }
        return mine;
    }
}
