package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Indexes N synthetic Chinese listings and measures top-10 matching latency.
 * Usage: MatchingBenchmark [listings=100000] [indexDir=target/bench-index] [reuse]. With {@code reuse} the folder's
 * index is searched as it is (for example one a running system built from its outbox) instead of being rebuilt.
 * Not a test.
 */
public final class MatchingBenchmark {
    static final long SEED = 20261124L;

    /** Domain vocabularies with their GB/T 13745 discipline and GB/T 4754 industry prefixes. */
    private record Domain(String discipline, String industry, String[] words) {}

    private static final Domain[] DOMAINS = {
        new Domain("430", "C38", words("锂电池 正极材料 负极材料 电解液 隔膜 固态电池 钠离子电池 储能 石墨烯 碳纳米管 电容器 循环寿命 能量密度 "
                + "功率密度 充放电 热管理 电池包 电芯 梯次利用 电池回收 三元材料 磷酸铁锂 硅碳负极 燃料电池 氢能 质子交换膜 催化剂 "
                + "电极 涂层 薄膜 导热 散热 复合材料 高分子 陶瓷 合金")),
        new Domain("460", "C34", words("数控机床 工业机器人 减速器 伺服电机 液压 传动 轴承 齿轮 精密加工 激光切割 焊接 铸造 锻造 "
                + "增材制造 三维打印 模具 自动化 生产线 装配 检测设备 传感器 控制系统 变频器 振动 噪声 磨损 润滑 密封 "
                + "夹具 刀具 机械臂 智能制造 数字孪生 故障诊断 预测性维护")),
        new Domain("520", "I65", words("人工智能 深度学习 机器视觉 图像识别 语音识别 自然语言处理 知识图谱 大数据 云计算 边缘计算 "
                + "物联网 区块链 数据库 算法 模型 神经网络 目标检测 缺陷检测 推荐系统 数据挖掘 软件平台 信息安全 加密 "
                + "网络安全 操作系统 芯片 集成电路 嵌入式 无人机 遥感 北斗 导航 定位 通信 基站")),
        new Domain("210", "A01", words("水稻 小麦 玉米 油菜 马铃薯 茶叶 柑橘 猕猴桃 川芎 中药材 种植 育种 品种 病虫害 防治 "
                + "绿色防控 土壤 肥料 有机肥 灌溉 节水 植保 农药 残留 采摘 烘干 杀青 揉捻 加工 保鲜 冷链 溯源 "
                + "生猪 养殖 饲料 兽药 疫病")),
        new Domain("550", "C15", words("白酒 酿造 发酵 窖泥 微生物 酵母 风味物质 酒曲 固态发酵 蒸馏 勾调 陈酿 食品安全 "
                + "检测 添加剂 益生菌 酶制剂 蛋白质 淀粉 油脂 调味品 火锅底料 泡菜 腌制 杀菌 包装 保质期 营养 功能食品 "
                + "提取 纯化 色素 香精 酱油 醋")),
        new Domain("320", "C27", words("新药 仿制药 中药 制剂 药效 药理 毒理 临床试验 靶点 抗体 疫苗 细胞治疗 基因 测序 "
                + "诊断试剂 医疗器械 影像 超声 康复 护理 慢病 肿瘤 心血管 糖尿病 感染 耐药 中医 针灸 藏药 彝药 "
                + "质量标准 稳定性 生物利用度 缓释 注射剂")),
        new Domain("610", "B07", words("页岩气 天然气 压裂 钻井 完井 返排液 水处理 油气田 管道 腐蚀 防腐 阀门 压缩机 "
                + "储气库 地质 勘探 测井 地震 岩心 渗透率 采收率 气藏 脱硫 脱水 集输 安全监测 泄漏 甲烷 减排 "
                + "碳捕集 碳中和 节能 余热 锅炉")),
        new Domain("570", "N77", words("污水 废水 污泥 垃圾 固废 危废 焚烧 填埋 渗滤液 大气 雾霾 脱硝 除尘 挥发性有机物 "
                + "土壤修复 重金属 地下水 生态修复 湿地 流域 水质 监测 在线监测 环境评价 噪声治理 资源化 循环经济 "
                + "生物降解 膜分离 反渗透 吸附 臭氧 光催化 厌氧 好氧")),
        new Domain("180", "R88", words("科普 展览 研学 大熊猫 生态保护 天文 科技馆 博物馆 标本 互动 讲解 青少年 中小学生 "
                + "课程 实验 机器人竞赛 编程 航天 恐龙 地震科普 防灾减灾 急救 健康教育 科学家精神 创客 动漫 视频 "
                + "图书 展品 虚拟现实 增强现实 直播 讲座 夏令营 社区")),
        new Domain("560", "E48", words("桥梁 隧道 公路 铁路 轨道交通 地铁 高速公路 边坡 滑坡 泥石流 地质灾害 混凝土 "
                + "沥青 钢结构 装配式建筑 抗震 隔震 监测预警 施工 盾构 爆破 路基 路面 养护 检测 桩基 基坑 防水 "
                + "绿色建筑 节能建筑 建筑信息模型 智慧工地 安全生产 交通流 信号控制")),
        new Domain("470", "C39", words("半导体 功率器件 碳化硅 氮化镓 射频 天线 雷达 光纤 激光器 光电 显示 液晶 发光二极管 "
                + "印制电路板 封装 测试 晶圆 刻蚀 光刻 电源 逆变器 变压器 电力电子 电磁兼容 微波 毫米波 太赫兹 "
                + "卫星 通信模块 连接器 电子元器件 可靠性 老化 失效分析")),
        new Domain("480", "D44", words("光伏 风电 水电 电网 智能电网 配电网 变电站 输电线路 储能电站 调峰 负荷预测 电价 "
                + "微电网 分布式能源 充电桩 新能源汽车 动力电池 电机 电控 热泵 氢燃料 核电 电力设备 绝缘 开关柜 "
                + "继电保护 电能质量 谐波 巡检 带电作业 虚拟电厂 需求响应 能源管理 碳排放 源网荷储")),
    };

    private static final String[] GENERIC = words("技术 研发 研究 应用 开发 优化 提升 改进 方案 服务 系统 平台 装备 工艺 "
            + "产业化 示范 推广 合作 转化 成果 专利 标准 关键 核心 高效 低成本 绿色 智能 新型 高性能 国产化 替代 "
            + "集成 一体化 规模化 成套 中试 验证 评价 咨询 培训 设计 制造 测试 分析 改造 升级");

    private static final String[] TITLE_SUFFIX = words("技术 关键技术研究 系统 装备 工艺优化 解决方案 技术服务 成果转化 平台 研发");

    /** Sichuan prefecture-level cities, Chengdu weighted as it has most listings. */
    private static final String[] CITIES = words("510100 510100 510100 510100 510300 510400 510500 510600 510700 510800 "
            + "510900 511000 511100 511300 511400 511500 511600 511700 511800 511900 512000 513200 513300 513400");

    private static String[] words(String spaceSeparated) {
        return spaceSeparated.split(" ");
    }

    private MatchingBenchmark() {}

    /** Listing {@code id} is a pure function of (seed, id), so the stream never needs to be held in memory. */
    static MatchableListing listing(long id, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
        Domain domain = DOMAINS[r.nextInt(DOMAINS.length)];
        // One listing in five borrows words from a second domain, as real interdisciplinary listings do.
        Domain second = r.nextInt(5) == 0 ? DOMAINS[r.nextInt(DOMAINS.length)] : domain;
        StringBuilder title = new StringBuilder();
        int titleWords = 2 + r.nextInt(2);
        for (int i = 0; i < titleWords; i++) {
            title.append(pick(r, i == titleWords - 1 ? second.words() : domain.words()));
        }
        title.append(pick(r, TITLE_SUFFIX));
        StringBuilder description = new StringBuilder();
        int sentences = 2 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            int n = 4 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int roll = r.nextInt(10);
                description.append(roll < 5 ? pick(r, domain.words()) : roll < 7 ? pick(r, second.words()) : pick(r, GENERIC));
                if (i < n - 1 && r.nextInt(3) == 0) {
                    description.append(r.nextBoolean() ? "和" : "的");
                }
            }
            description.append(r.nextInt(4) == 0 ? "，" : "。");
        }
        List<String> keywords = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
            keywords.add(pick(r, domain.words()));
        }
        boolean supply = r.nextInt(3) != 0;
        ListingType kind = supply
                ? ListingType.values()[r.nextInt(4)]
                : (r.nextInt(4) == 0 ? ListingType.RESEARCH_CHALLENGE : ListingType.REQUIREMENT);
        String discipline = domain.discipline() + (r.nextBoolean() ? "" : String.format("%02d", 10 + r.nextInt(5) * 10));
        String industry = domain.industry() + (r.nextBoolean() ? "" : Integer.toString(1 + r.nextInt(9)));
        return new MatchableListing(id, kind, title.toString(), description.toString(), keywords,
                discipline, industry, pick(r, CITIES), ListingState.PUBLISHED);
    }

    /**
     * Zipf-like choice (weight 1/(rank+1)): real listings reuse a few common words of a field and rarely
     * use most others, which is also what makes rare shared words informative.
     */
    private static String pick(SplittableRandom r, String[] words) {
        double u = r.nextDouble();
        // Inverse of the continuous harmonic CDF ln(1+x)/ln(1+n) over [0, n).
        int i = (int) (Math.exp(u * Math.log(1 + words.length)) - 1);
        return words[Math.min(words.length - 1, i)];
    }

    private static Iterable<MatchableListing> listings(int count) {
        return () -> new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public MatchableListing next() {
                return listing(next++, SEED);
            }
        };
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-index");
        int queries = 1_000;
        int warmup = 1_000; // smartcn and the scorers need many calls before the JIT settles
        Files.createDirectories(dir);
        int vocabulary = GENERIC.length + TITLE_SUFFIX.length;
        for (Domain d : DOMAINS) {
            vocabulary += d.words().length;
        }
        System.out.printf("listings=%d vocabulary=%d words cores=%d maxHeap=%dMB dir=%s%n", count, vocabulary,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, dir.toAbsolutePath());

        try (ListingIndex index = ListingIndex.open(dir)) {
            if (args.length > 2 && args[2].equals("reuse")) {
                System.out.printf("reused: %d docs in %d segments%n", index.count(), index.segmentCount());
            } else {
                long start = System.nanoTime();
                long indexed = index.rebuild(listings(count));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("build: %d docs in %.1f s = %.0f docs/s (count=%d, %d segments)%n", indexed, seconds,
                        indexed / seconds, index.count(), index.segmentCount());
            }

            ListingMatcher matcher = new ListingMatcher(index);
            Random pickSource = new Random(SEED);
            // Sources are new listings from another seed: they behave like a freshly published listing.
            for (int i = 0; i < warmup; i++) {
                matcher.matchesFor(listing(i, SEED + 1), MatchQuery.top(10));
            }
            long[] nanos = new long[queries];
            long results = 0;
            long reasons = 0;
            for (int i = 0; i < queries; i++) {
                MatchableListing source = listing(warmup + pickSource.nextInt(1_000_000), SEED + 1);
                long t0 = System.nanoTime();
                List<Match> matches = matcher.matchesFor(source, MatchQuery.top(10));
                nanos[i] = System.nanoTime() - t0;
                results += matches.size();
                reasons += matches.stream().mapToInt(m -> m.reasons().size()).sum();
                if (i == 0) {
                    System.out.println("example source: " + source.title() + " " + source.keywords());
                    matches.stream().limit(3).forEach(m -> System.out.println("  -> " + m));
                }
            }
            Arrays.sort(nanos);
            System.out.printf("top-10 match over %d queries: p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms "
                            + "(avg %.1f results, %.1f reasons each)%n",
                    queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[queries - 1] / 1e6,
                    results / (double) queries, reasons / (double) Math.max(1, results));
            // Other processes on the machine skew latency; the load average makes runs comparable.
            System.out.println("load average: " + loadAverage());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
