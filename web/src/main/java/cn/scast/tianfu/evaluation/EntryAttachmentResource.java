package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.AttachmentKind;
import cn.scast.tianfu.platform.Problems;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An evaluation entry's material for the jury: /api/v1/evaluation/entries/{id}/attachments/{kind}, kind one of
 * paper (论文全文), novelty-report (查新报告), summary (项目简介). Files are served inline, never cached by
 * shared proxies, with the type the upload was checked as.
 */
@Path("v1/evaluation/entries/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "评审结果公示、异议、结果公布与荣誉证书")
public class EntryAttachmentResource {

    static final String FILE_POLICY = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'";

    @EJB
    private EntryAttachments attachments;

    @GET
    @RolesAllowed({"admin", "city-staff", "jury-member"})
    @Operation(summary = "作品材料列表（类别、类型、大小）", description = "工作人员，及分配到该作品且无回避情形的评委")
    @APIResponse(responseCode = "403", description = "not a juror of this entry")
    public List<AttachmentView> list(@PathParam("id") long entryId) {
        return attachments.list(entryId);
    }

    @PUT
    @Path("{kind}")
    @Consumes({"application/pdf", "text/plain", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"admin", "city-staff", "society-officer"})
    @Operation(summary = "上传作品材料（论文全文、查新报告须为 PDF；项目简介为 PDF 或纯文本；不超过 10 MB）")
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "403", description = "may not edit this entry's nomination or registration")
    @APIResponse(responseCode = "422", description = "empty, too large, or not of an allowed type")
    public Response upload(@PathParam("id") long entryId, @PathParam("kind") String kind,
                           @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        // One byte more than allowed: enough to refuse an oversized file without holding all of it.
        byte[] content = body.readNBytes(AttachmentContent.MAX_BYTES + 1);
        attachments.upload(entryId, kindOf(kind), fileName, content);
        return Response.noContent().build();
    }

    @GET
    @Path("{kind}")
    @Produces({"application/pdf", "text/plain", "application/problem+json"})
    @RolesAllowed({"admin", "city-staff", "jury-member"})
    @Operation(summary = "打开作品材料（在浏览器中显示）")
    @APIResponse(responseCode = "403", description = "not a juror of this entry")
    @APIResponse(responseCode = "404", description = "no such entry or attachment")
    public Response read(@PathParam("id") long entryId, @PathParam("kind") String kind) {
        AttachmentFile file;
        try {
            file = attachments.read(entryId, kindOf(kind));
        } catch (RecordAccessRefused e) {
            // Built here: the method produces the file's type, so the mappers' JSON would not be chosen.
            return Problems.of(403, "无权访问", e.getMessage(), null);
        } catch (EvaluationException e) {
            return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
        }
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                // In place of the pages' policy: nothing to run, but the browser's own PDF viewer may embed the file.
                .header("Content-Security-Policy", FILE_POLICY)
                .build();
    }

    private static AttachmentKind kindOf(String slug) {
        return AttachmentKind.ofSlug(slug).orElseThrow(() -> new EvaluationException(
                EvaluationException.Kind.NOT_FOUND, "未知的材料类别：" + slug + "（paper、novelty-report 或 summary）"));
    }
}
