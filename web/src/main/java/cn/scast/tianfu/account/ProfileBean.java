package cn.scast.tianfu.account;

import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Backs /account/profile.xhtml: the own profile, field errors beside the inputs. */
@Named
@ViewScoped
public class ProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountProfileService profiles;

    @EJB
    private ReferenceLists references;

    private final ProfileForm form = new ProfileForm();
    private ProfileView view;

    @PostConstruct
    void load() {
        show(profiles.mine());
    }

    private void show(ProfileView profile) {
        view = profile;
        form.setName(profile.name());
        form.setMobile(profile.mobile());
        form.setEmail(profile.email());
        form.setCityCode(profile.cityCode());
        form.setCountyCode(profile.countyCode());
        form.setDisciplineCode(profile.disciplineCode());
        form.setUnitName(profile.unitName());
        form.setContactPerson(profile.contactPerson());
    }

    public void save() {
        try {
            ProfileView saved = profiles.update(form);
            boolean reverify = view.emailVerified() && !saved.emailVerified()
                    || saved.email() != null && !saved.email().equalsIgnoreCase(view.email());
            show(saved);
            PageMessages.info(PageMessages.text(reverify ? "profile.savedVerify" : "profile.saved"));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("profileForm", e.errors());
        }
    }

    public Map<String, String> getCities() {
        Map<String, String> cities = new LinkedHashMap<>();
        references.cities().forEach((code, name) -> cities.put(name, code));
        return cities;
    }

    public Map<String, String> getCounties() {
        Map<String, String> counties = new LinkedHashMap<>();
        if (form.getCityCode() != null && !form.getCityCode().isBlank()) {
            references.counties(form.getCityCode()).forEach((code, name) -> counties.put(name, code));
        }
        return counties;
    }

    public boolean isWorker() {
        return "WORKER".equals(view.kind());
    }

    public ProfileForm getForm() { return form; }
    public ProfileView getView() { return view; }
}
