package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;

/** Backs 我的科普订阅: the signed-in account chooses topics, audience groups and its region. */
@Named
@ViewScoped
public class MyPopScienceBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PopScienceSubscriptions subscriptions;

    private final SubscriptionForm form = new SubscriptionForm();
    private String regionName;

    @PostConstruct
    void load() {
        SubscriptionView mine = subscriptions.mine();
        form.topics = new ArrayList<>(mine.topics());
        form.groups = new ArrayList<>(mine.groups());
        form.cityCode = mine.cityCode();
        form.countyCode = mine.countyCode();
        form.town = mine.town();
        regionName = mine.regionName();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            regionName = subscriptions.choose(form).regionName();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "已保存订阅：" + regionName, null));
        } catch (RuleViolation refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } catch (EJBException failed) {
            if (!(failed.getCause() instanceof RuleViolation refused)) {
                throw failed;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    public void cityChanged() {
        form.countyCode = null;
        form.town = null;
    }

    public SubscriptionForm getForm() { return form; }
    public String getRegionName() { return regionName; }
}
