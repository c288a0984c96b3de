package cn.scast.tianfu.award;

import cn.scast.tianfu.platform.DemoDataLoader;
import cn.scast.tianfu.evaluation.AssignmentSummary;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.InitialAdministrator;
import cn.scast.tianfu.membership.Role;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * On a database without any programme, creates a demo award so the jury screens can be tried at once:
 * 川渝科技学术大会优秀论文 2024, blind 初评 open for 30 days, 8 papers, jurors juror1..3 (password
 * {@value InitialAdministrator#DEFAULT_PASSWORD}) from different universities, assigned automatically.
 * Runs after the first administrator exists, so that account creation here never suppresses it. Demo data
 * is a convenience: if it cannot be created, that is logged and rolled back, and the application still starts.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "InitialAdministrator"})
@TransactionManagement(TransactionManagementType.BEAN)
public class PaperAwardDemoEvaluation extends DemoDataLoader {

    public static final String EDITION = ExcellentPaperAward.PROGRAMME + " 2024";
    public static final List<String> JURORS = List.of("juror1", "juror2", "juror3");

    private static final Logger LOG = Logger.getLogger(PaperAwardDemoEvaluation.class.getName());

    @Inject
    private Clock clock;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private JuryAssignments juryAssignments;

    @EJB
    private AccountService accounts;


    @Override
    protected String what() {
        return "demo evaluation data";
    }

    @Override
    protected boolean nothingThereYet() {
        return setup.countProgrammes() == 0;
    }

    @Override
    protected void create() {
        Instant now = clock.instant();
        long programme = setup.createProgramme(ProgrammeKind.AWARD, ExcellentPaperAward.PROGRAMME);
        long edition = setup.createEdition(programme, 2024, EDITION);
        long info = setup.createCategory(edition, "INFO", "信息技术");
        long eng = setup.createCategory(edition, "ENG", "工程技术");
        long round = setup.createRound(edition, ExcellentPaperAward.firstRound(now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofDays(30))));

        String[][] jurors = {
                {"juror1", "李明远", "四川大学"},
                {"juror2", "王晓雯", "电子科技大学"},
                {"juror3", "陈建国", "西南交通大学"}};
        for (String[] j : jurors) {
            if (accounts.findByUsername(j[0]).isEmpty()) {
                accounts.createAccount(j[0], j[1], InitialAdministrator.DEFAULT_PASSWORD.toCharArray(),
                        EnumSet.of(Role.JURY_MEMBER));
            }
            setup.addJuror(round, j[0], j[1], j[2], List.of("INFO", "ENG"), j[0].equals("juror3"));
        }

        Object[][] papers = {
                {info, "面向川渝地区的多源遥感影像智能解译方法", "张若涵", "四川大学", "四川省计算机学会"},
                {info, "基于联邦学习的医疗数据隐私保护框架", "刘思远", "电子科技大学", "四川省电子学会"},
                {info, "轨道交通调度大模型的可信推理研究", "赵一鸣", "西南交通大学", "四川省铁道学会"},
                {info, "川菜供应链区块链溯源系统设计与实现", "黄佳怡", "西南财经大学", "四川省计算机学会"},
                {eng, "川藏铁路隧道高地温段支护结构优化", "杨志强", "西南交通大学", "四川省土木建筑学会"},
                {eng, "大渡河梯级电站群联合调度关键技术", "周海波", "四川大学", "四川省水力发电工程学会"},
                {eng, "页岩气水平井压裂参数智能优化", "吴晓峰", "西南石油大学", "四川省石油学会"},
                {eng, "高原山区公路边坡监测预警系统", "郑雨欣", "成都理工大学", "四川省公路学会"}};
        for (Object[] p : papers) {
            setup.createEntry(edition, (Long) p[0], round, (String) p[1], (String) p[2], (String) p[3], (String) p[4]);
        }
        AssignmentSummary summary = juryAssignments.assignAutomatically(round);
        LOG.info(() -> "created demo evaluation '" + EDITION + "': " + summary.assignments() + " assignments, loads "
                + summary.loads());
    }
}
