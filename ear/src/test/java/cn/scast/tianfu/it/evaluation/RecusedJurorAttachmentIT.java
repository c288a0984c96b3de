package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server, over HTTP: a juror who declares a conflict of interest (本人申请回避) on an entry loses
 * access to its material at once, while a fellow juror of the same entry keeps it.
 */
@PlatformTest
class RecusedJurorAttachmentIT {

    private static final String PASSWORD = "Juror#Tianfu2026";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n回避测试论文\n%%EOF"
            .getBytes(StandardCharsets.UTF_8);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RecusedJurorAttachmentIT.class, EvaluationFixtures.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JurySheets")
    private JurySheets jurySheets;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/EvaluationSetup")
    private EvaluationSetup setup;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @Test
    void aJurorWhoDeclaresAConflictIsRefusedTheEntrysMaterial() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.AWARD);
        long round = f.openRound(1, "初评", EvaluationFixtures.PAPER_CRITERIA, true, 2, 0, null);
        long entry = f.entry(round, "川西高原草甸退化机理研究", "张三", "四川农业大学", "四川省生态学会");
        String recusing = juror(f, round, "recusing", "四川师范大学");
        String colleague = juror(f, round, "colleague", "西华大学");
        juryAssignments.assign(round, entry, recusing);
        juryAssignments.assign(round, entry, colleague);
        assertEquals(204, upload(entry).statusCode());

        assertEquals(200, read(recusing, entry, "paper").statusCode(), "assigned, no conflict yet");
        assertEquals(200, read(recusing, entry, "").statusCode());

        jurySheets.declareRecusal(recusing, round, entry, "与申报人为同一课题组");

        HttpResponse<String> file = read(recusing, entry, "paper");
        HttpResponse<String> list = read(recusing, entry, "");
        assertEquals(403, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(file.body().contains("只有分配到该作品且无回避情形的评委"), file.body());
        assertEquals(403, list.statusCode(), list.body());
        assertEquals(200, read(colleague, entry, "paper").statusCode(), "the other juror still reads it");
    }

    private String juror(EvaluationFixtures f, long round, String name, String organisation) {
        String username = f.user(name);
        accounts.createAccount(username, "评委" + name, PASSWORD.toCharArray(), EnumSet.of(Role.JURY_MEMBER));
        setup.addJuror(round, username, "评委" + name, organisation, List.of("GEN"), false);
        return username;
    }

    private static URI attachments(long entry, String kind) {
        return URI.create(Deployments.BASE_URL + "/api/v1/evaluation/entries/" + entry + "/attachments"
                + (kind.isEmpty() ? "" : "/" + kind));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(long entry) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(attachments(entry, "paper") + "?fileName=paper.pdf"))
                .header("Authorization", basic("admin", "Tianfu@2026")).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(PDF)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> read(String username, long entry, String kind) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(attachments(entry, kind))
                .header("Authorization", basic(username, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
