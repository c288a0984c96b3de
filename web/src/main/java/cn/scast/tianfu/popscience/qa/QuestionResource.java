package cn.scast.tianfu.popscience.qa;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/**
 * /api/v1/popscience/questions: 科普问答. Signed-in accounts ask; the county's 科普员, experts of the topic and staff
 * answer; answered questions are public, unanswered ones exist only for the asker and those who may answer them.
 */
@Path("v1/popscience/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @EJB
    private PopScienceQuestions questions;

    @GET
    @PermitAll
    @Operation(summary = "已回答的公开科普问题（可按主题、市州、区县筛选，分页，page 从 1 开始）")
    public QuestionPage published(@QueryParam("topic") String topic, @QueryParam("city") String city,
                                  @QueryParam("county") String county, @QueryParam("page") @DefaultValue("1") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        return questions.published(topic, city, county, page, size);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "一个科普问题及其回答（未回答的只有提问人和可回答的人能看到，其他人为 404）")
    @APIResponse(responseCode = "404", description = "unknown, or not visible to the caller")
    public QuestionView question(@PathParam("id") long id) {
        return questions.question(id);
    }

    @POST
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "提出科普问题（标题、描述、主题、市州和区县）")
    @APIResponse(responseCode = "201", description = "asked")
    @APIResponse(responseCode = "400", description = "missing or unknown fields")
    @APIResponse(responseCode = "422", description = "a rule refused it (lengths, region)")
    public Response ask(QuestionForm form) {
        QuestionView asked = questions.ask(form);
        return Response.created(URI.create("v1/popscience/questions/" + asked.id())).entity(asked).build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "我提出的科普问题")
    public List<QuestionView> mine() {
        return questions.mine();
    }

    @GET
    @Path("queue")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "我可以回答的科普问题（未回答的在前）")
    public List<QuestionView> queue() {
        return questions.queue();
    }

    @POST
    @Path("{id}/answers")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "回答科普问题（本区县科普员、该主题专家、本市州工作人员）")
    @APIResponse(responseCode = "201", description = "answered; the asker is notified")
    @APIResponse(responseCode = "403", description = "the caller may not answer this question")
    @APIResponse(responseCode = "404", description = "unknown question")
    public Response answer(@PathParam("id") long id, AnswerForm form) {
        QuestionView answered = questions.answer(id, form);
        return Response.created(URI.create("v1/popscience/questions/" + id)).entity(answered).build();
    }

    @POST
    @Path("{id}/hiding")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "隐藏不当的科普问题（记入审计）")
    @APIResponse(responseCode = "403", description = "another city's question")
    public QuestionView hideQuestion(@PathParam("id") long id, ModerationForm form) {
        return questions.hideQuestion(id, form);
    }

    @POST
    @Path("answers/{answerId}/hiding")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "隐藏不当的回答（记入审计）")
    @APIResponse(responseCode = "403", description = "another city's question")
    public QuestionView hideAnswer(@PathParam("answerId") long answerId, ModerationForm form) {
        return questions.hideAnswer(answerId, form);
    }
}
