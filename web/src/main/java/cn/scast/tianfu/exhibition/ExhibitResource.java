package cn.scast.tianfu.exhibition;

import cn.scast.tianfu.platform.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The online exhibition, read-only and public: 最美科技工作者 and 四川百年百杰科学家. */
@Path("v1/exhibits")
@Produces(MediaType.APPLICATION_JSON)
public class ExhibitResource {

    public record ExhibitView(String code, String collection, String collectionName, Integer awardYear, String name,
                              String field, String unit, String city, String story, String portraitPath, boolean demo) {
        static ExhibitView of(Exhibit e) {
            return new ExhibitView(e.getCode(), e.getCollection().name(), e.getCollection().label(), e.getAwardYear(),
                    e.getName(), e.getField(), e.getUnit(), e.getCity(), e.getStory(), e.getPortraitPath(), e.isDemo());
        }
    }

    @EJB
    private ExhibitionService exhibition;

    @GET
    @PermitAll
    @Operation(summary = "网上展览的展品（可按 collection 筛选：MOST_BEAUTIFUL 最美科技工作者，CENTURY_SCIENTISTS 四川百年百杰科学家）")
    @APIResponse(responseCode = "200", description = "展品列表")
    @APIResponse(responseCode = "400", description = "collection 取值无效")
    public Response all(@QueryParam("collection") String collection) {
        ExhibitCollection shown = null;
        if (collection != null && !collection.isBlank()) {
            shown = ExhibitCollection.parse(collection);
            if (shown == null) {
                return Problems.of(Response.Status.BAD_REQUEST, "输入不符合要求", "collection「" + collection
                        + "」不是有效的取值，可选：" + Arrays.stream(ExhibitCollection.values()).map(Enum::name)
                        .collect(Collectors.joining("、")));
            }
        }
        return Response.ok(exhibition.exhibits(shown).stream().map(ExhibitView::of).toList()).build();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "一件展品及其人物故事")
    @APIResponse(responseCode = "200", description = "展品")
    @APIResponse(responseCode = "404", description = "不存在")
    public Response one(@PathParam("code") String code) {
        return exhibition.find(code).map(e -> Response.ok(ExhibitView.of(e)).build())
                .orElseGet(() -> Problems.of(Response.Status.NOT_FOUND, "Not Found", "展品不存在"));
    }
}
