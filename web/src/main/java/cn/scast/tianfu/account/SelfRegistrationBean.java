package cn.scast.tianfu.account;

import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Backs the public registration page: one form per kind of applicant, field errors beside the inputs. */
@Named("selfRegistration")
@ViewScoped
public class SelfRegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient SelfRegistrationService registrations;

    @EJB
    private transient ReferenceLists references;

    private final WorkerRegistrationForm worker = new WorkerRegistrationForm();
    private final EnterpriseRegistrationForm enterprise = new EnterpriseRegistrationForm();
    private final PublicRegistrationForm member = new PublicRegistrationForm();
    private RegistrationReceipt receipt;
    private Map<String, String> cities;

    public void registerWorker() {
        try {
            receipt = registrations.registerWorker(worker);
            PageMessages.info(PageMessages.text("register.done", receipt.username()));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("kinds:workerForm", e.errors());
        }
    }

    public void registerEnterprise() {
        try {
            receipt = registrations.registerEnterprise(enterprise);
            PageMessages.info(PageMessages.text("register.done", receipt.username()));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("kinds:enterpriseForm", e.errors());
        }
    }

    public void registerPublic() {
        try {
            receipt = registrations.registerPublic(member);
            PageMessages.info(PageMessages.text("register.publicDone", receipt.username()));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("kinds:publicForm", e.errors());
        }
    }

    /** City name → code, in the official order (for selectItems). */
    public Map<String, String> getCities() {
        if (cities == null) {
            cities = new LinkedHashMap<>();
            references.cities().forEach((code, name) -> cities.put(name, code));
        }
        return cities;
    }

    /** County name → code of the city chosen in the worker form. */
    public Map<String, String> getCounties() {
        Map<String, String> counties = new LinkedHashMap<>();
        if (worker.getCityCode() != null && !worker.getCityCode().isBlank()) {
            references.counties(worker.getCityCode()).forEach((code, name) -> counties.put(name, code));
        }
        return counties;
    }

    public WorkerRegistrationForm getWorker() {
        return worker;
    }

    public EnterpriseRegistrationForm getEnterprise() {
        return enterprise;
    }

    public PublicRegistrationForm getMember() {
        return member;
    }

    public RegistrationReceipt getReceipt() {
        return receipt;
    }

    public boolean isSubmitted() {
        return receipt != null;
    }

}
