package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.KeysetLazyModel;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** 团队 screen: lazy table, create/edit dialog where leader and members are picked by name. */
@Named("teamAdmin")
@ViewScoped
public class TeamAdminBean implements Serializable {

    @EJB
    private TeamService teams;

    @EJB
    private WorkerService workers;

    private String nameFilter;
    private String cityFilter;
    private TeamForm form = new TeamForm();
    private WorkerView leader;
    private List<WorkerView> members = new ArrayList<>();
    private Long editingId;

    private final KeysetLazyModel<TeamView> model = new KeysetLazyModel<>() {
        @Override
        protected Page<TeamView> fetch(PageRequest request) {
            return teams.search(nameFilter, cityFilter, null, null, request.offset(), request.limit());
        }

        @Override
        protected Object filter() {
            return List.of(String.valueOf(nameFilter).strip(), String.valueOf(cityFilter));
        }

        @Override
        protected boolean seeks() {
            return false;
        }

        @Override
        protected Long idOf(TeamView row) {
            return row.id();
        }

        @Override
        public TeamView getRowData(String rowKey) {
            return teams.find(Long.parseLong(rowKey));
        }
    };

    /** Converts a picked worker to its id and back, for the autocomplete fields. */
    private final Converter<WorkerView> workerConverter = new Converter<>() {
        @Override
        public WorkerView getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null || value.isBlank() ? null : workers.find(Long.parseLong(value.strip()));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, WorkerView value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    };

    public List<WorkerView> completeWorker(String query) {
        return workers.search(query, null, null, 0, 15).items();
    }

    public void startCreate() {
        form = new TeamForm();
        leader = null;
        members = new ArrayList<>();
        editingId = null;
    }

    public void edit(TeamView team) {
        TeamView current = teams.find(team.id());
        form = new TeamForm();
        form.setName(current.name());
        form.setCityCode(current.cityCode());
        form.setDisciplineCode(current.disciplineCode());
        leader = workers.find(current.leaderId());
        members = new ArrayList<>();
        for (TeamView.Member m : current.members()) {
            if (!m.id().equals(current.leaderId())) {
                members.add(workers.find(m.id()));
            }
        }
        editingId = current.id();
    }

    public void save() {
        form.setLeaderId(leader == null ? null : leader.id());
        form.setMemberIds(new ArrayList<>(members.stream().map(WorkerView::id).toList()));
        try {
            if (editingId == null) {
                teams.create(form);
            } else {
                teams.update(editingId, form);
            }
            FacesErrors.info(FacesErrors.text("team.saved"));
            startCreate();
            model.reset();
        } catch (RefusedInput e) {
            FacesErrors.show("teamForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public KeysetLazyModel<TeamView> getModel() { return model; }
    public Converter<WorkerView> getWorkerConverter() { return workerConverter; }
    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String nameFilter) { this.nameFilter = nameFilter; }
    public String getCityFilter() { return cityFilter; }
    public void setCityFilter(String cityFilter) { this.cityFilter = cityFilter; }
    public TeamForm getForm() { return form; }
    public WorkerView getLeader() { return leader; }
    public void setLeader(WorkerView leader) { this.leader = leader; }
    public List<WorkerView> getMembers() { return members; }
    public void setMembers(List<WorkerView> members) { this.members = members == null ? new ArrayList<>() : members; }
    public Long getEditingId() { return editingId; }
}
