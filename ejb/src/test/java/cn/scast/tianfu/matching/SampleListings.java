package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;

import static cn.scast.tianfu.listing.ListingType.ACHIEVEMENT;
import static cn.scast.tianfu.listing.ListingType.HIGH_TECH;
import static cn.scast.tianfu.listing.ListingType.REQUIREMENT;
import static cn.scast.tianfu.listing.ListingType.RESEARCH_CHALLENGE;
import static cn.scast.tianfu.listing.ListingType.SCIENCE_POPULARISATION;
import static cn.scast.tianfu.listing.ListingType.TECH_SERVICE;

import java.util.List;

/** A small realistic marketplace: supplies are 1xx, demands 2xx. */
final class SampleListings {
    static final long CATHODE_MODIFICATION = 101;
    static final long GRAPHENE_SUPERCAPACITOR = 102;
    static final long TEA_PRODUCTION_LINE = 103;
    static final long CHUANXIONG_PEST_CONTROL = 104;
    static final long BATTERY_RECYCLING = 105;
    static final long PANDA_EXHIBITION = 106;
    static final long BAIJIU_FERMENTATION = 107;
    static final long GRAPHENE_THERMAL_FILM = 111;

    static final long CATHODE_CYCLE_LIFE = 201;
    static final long GRAPHENE_STORAGE = 202;
    static final long TEA_EQUIPMENT = 203;
    static final long CHUANXIONG_ROT = 204;
    static final long BAIJIU_FLAVOUR = 205;
    static final long RETIRED_BATTERIES = 207;

    private SampleListings() {}

    static MatchableListing listing(long id, ListingType kind, String title, String description, List<String> keywords,
                                    String discipline, String industry, String city) {
        return new MatchableListing(id, kind, title, description, keywords, discipline, industry, city,
                ListingState.PUBLISHED);
    }

    static List<MatchableListing> all() {
        return List.of(
                listing(101, HIGH_TECH, "高镍三元正极材料改性技术",
                        "通过表面包覆与体相掺杂改性，提升高镍三元正极材料的结构稳定性和循环寿命，适用于动力锂电池。",
                        List.of("正极材料", "锂电池", "循环寿命"), "430", "C3841", "510600"),
                listing(102, ACHIEVEMENT, "石墨烯超级电容器",
                        "采用石墨烯电极材料的超级电容器，功率密度高、充放电快，可用于储能电站和轨道交通。",
                        List.of("石墨烯", "储能", "电容器"), "430", "C3849", "510100"),
                listing(103, HIGH_TECH, "茶叶加工自动化生产线",
                        "名优绿茶杀青、揉捻、烘干全流程自动化控制，降低人工成本，提高茶叶品质一致性。",
                        List.of("茶叶", "自动化", "生产线"), "460", "C3571", "511800"),
                listing(104, TECH_SERVICE, "川芎种植病虫害防治",
                        "针对川芎根腐病和茎节蛾，提供绿色防控技术方案和田间指导服务。",
                        List.of("川芎", "病虫害", "中药材"), "210", "A0170", "510181"),
                listing(105, ACHIEVEMENT, "锂离子电池回收与梯次利用技术",
                        "退役动力电池自动拆解、健康状态检测与梯次利用，有价金属湿法回收率超过百分之九十五。",
                        List.of("电池回收", "梯次利用", "湿法冶金"), "450", "C4210", "510700"),
                listing(106, SCIENCE_POPULARISATION, "大熊猫栖息地保护科普展览",
                        "面向中小学生的大熊猫生态保护巡回展览，含标本、视频和互动讲解。",
                        List.of("大熊猫", "科普", "生态保护"), "180", "R8850", "510100"),
                listing(107, TECH_SERVICE, "白酒酿造微生物发酵工艺优化",
                        "利用高通量测序解析窖泥微生物群落，优化浓香型白酒固态发酵工艺。",
                        List.of("白酒", "微生物", "发酵"), "550", "C1512", "511500"),
                listing(108, HIGH_TECH, "工业机器人视觉检测系统",
                        "基于深度学习的表面缺陷视觉检测，适用于汽车零部件和电子产品生产线。",
                        List.of("机器视觉", "缺陷检测", "工业机器人"), "520", "C3491", "510100"),
                listing(109, ACHIEVEMENT, "无人机植保喷洒技术",
                        "多旋翼无人机精准施药，适用于水稻、柑橘和茶园病虫害统防统治。",
                        List.of("无人机", "植保", "精准施药"), "210", "A0511", "510900"),
                listing(110, TECH_SERVICE, "页岩气压裂返排液处理",
                        "压裂返排液除油、除悬浮物和脱盐处理，实现回注或达标排放。",
                        List.of("页岩气", "压裂", "水处理"), "610", "B0720", "511100"),
                listing(111, ACHIEVEMENT, "石墨烯导热膜",
                        "高导热石墨烯薄膜，用于手机和笔记本电脑散热。",
                        List.of("石墨烯", "导热", "散热"), "430", "C3985", "510100"),
                listing(112, TECH_SERVICE, "猕猴桃溃疡病综合防治",
                        "猕猴桃溃疡病早期诊断与综合防治技术服务。",
                        List.of("猕猴桃", "溃疡病", "病虫害"), "210", "A0152", "510600"),

                listing(201, REQUIREMENT, "锂电池正极材料循环寿命提升",
                        "我公司生产动力锂电池，正极材料在高温下循环寿命衰减较快，寻求材料改性技术合作。",
                        List.of("正极材料", "循环寿命"), "430", "C3841", "510600"),
                listing(202, RESEARCH_CHALLENGE, "石墨烯储能器件研发",
                        "揭榜挂帅：研制基于石墨烯的高功率储能器件，要求循环十万次以上。",
                        List.of("石墨烯", "储能"), "430", "C3849", "510100"),
                listing(203, REQUIREMENT, "名优茶自动化加工设备",
                        "茶叶合作社需要绿茶杀青和烘干自动化设备，提升产能。",
                        List.of("茶叶", "自动化"), "460", "C3571", "511800"),
                listing(204, REQUIREMENT, "川芎根腐病绿色防控",
                        "川芎种植基地根腐病发生严重，需要绿色防控技术指导。",
                        List.of("川芎", "根腐病"), "210", "A0170", "510181"),
                listing(205, RESEARCH_CHALLENGE, "白酒固态发酵风味物质调控",
                        "揭示窖泥微生物与浓香型白酒风味物质形成的关系。",
                        List.of("白酒", "发酵", "风味"), "550", "C1512", "511500"),
                listing(206, REQUIREMENT, "中小学科普研学活动",
                        "为中小学生组织生态保护主题的科普研学活动。",
                        List.of("科普", "研学"), "180", "R8850", "510100"),
                listing(207, REQUIREMENT, "退役动力电池回收处理",
                        "需要退役动力电池拆解回收和梯次利用方案。",
                        List.of("电池回收", "梯次利用"), "450", "C4210", "510700"),
                listing(208, REQUIREMENT, "汽车零部件表面缺陷视觉检测",
                        "冲压件表面划伤和凹坑的自动视觉检测。",
                        List.of("缺陷检测", "机器视觉"), "520", "C3670", "510100"));
    }

    static MatchableListing byId(long id) {
        return all().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    static ListingIndex indexed() throws java.io.IOException {
        ListingIndex index = ListingIndex.inMemory();
        for (MatchableListing listing : all()) {
            index.upsert(listing);
        }
        return index;
    }
}
