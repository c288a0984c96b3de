package cn.scast.tianfu.workstation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** 院士(专家)工作站 registry API. */
@Path("v1/workstations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkstationResource {

    public record WorkstationView(long id, String name, String hostUnit, String cityCode, int establishedYear,
                                  String experts, Map<String, String> grades) {
        static WorkstationView of(Workstation w) {
            return new WorkstationView(w.getId(), w.getName(), w.getHostUnit(), w.getCityCode(),
                    w.getEstablishedYear(), w.getExperts(), w.getGrades().entrySet().stream().collect(
                            java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().name(),
                                    (a, b) -> a, java.util.TreeMap::new)));
        }
    }

    // Request bodies are classes with public fields: Payara's OpenAPI scanner fails on constraint
    // annotations of record components.

    /** A new workstation. */
    public static class Registration {
        @NotBlank @Size(max = 100) public String name;
        @NotBlank @Size(max = 100) public String hostUnit;
        @NotNull @Pattern(regexp = "51\\d{2}00") public String cityCode;
        @NotNull public Integer establishedYear;
        @NotBlank @Size(max = 500) public String experts;
    }

    /** A yearly grade. */
    public static class Grading {
        @NotNull public Integer year;
        @NotNull public EvaluationGrade grade;
    }

    @EJB
    private WorkstationService workstations;

    @GET
    @Operation(summary = "工作站名录")
    public List<WorkstationView> all() {
        return workstations.all().stream().map(WorkstationView::of).toList();
    }

    @POST
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "登记工作站")
    public Response register(@Valid @NotNull Registration r) {
        Workstation w = workstations.register(r.name, r.hostUnit, r.cityCode, r.establishedYear, r.experts);
        return Response.created(URI.create("v1/workstations/" + w.getId())).entity(WorkstationView.of(w)).build();
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed("admin")
    @Operation(summary = "登记年度考评结果")
    public WorkstationView evaluate(@PathParam("id") long id, @Valid @NotNull Grading g) {
        return WorkstationView.of(workstations.evaluate(id, g.year, g.grade));
    }
}
