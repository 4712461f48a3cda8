/**
 * The shape of an output key result in Chinese (K7, issue 17), read from characters and the order
 * of words, as Chinese has no tagger here: a delivery verb (上线, 发布, 撰写, 录制, 输出 …) on a thing,
 * counted with the measure word of pieces made (篇, 个, 款, 期, 集, 套 …), or a sentence that ends on
 * the delivery ("积分商城上线"), or a rollout's progress. What keeps it an outcome: a share, rate or
 * per-person figure (率, 比例, 占比, 人均), people as what is counted or as who does the making
 * (用户发布的笔记, 新增 500 家商户: the market answering, not the team making), events and
 * contacts (场, 次, 通: K6's meetings and calls), and discovery (访谈, 实验: `isDiscovery`).
 */
import { findFirst, normalize } from "../text.ts";

/** A leading time phrase ("8 月 15 日前", "本季度") or manner adverb ("尽快"), set aside before the verb is read. */
const LEADING_TIME_ZH =
  /^(本季度|本月|本周|年底前|季度末前|q[1-4] ?(前|内)?|(\d+ ?月( ?\d+ ?日)?|\d+ ?日)(底|中|初)?前|在[^，,。；;]{0,12}前)\s*/;
const LEADING_MANNER_ZH = /^(尽快|全面|正式|如期|按时|顺利)\s*/;

/** The title without its leading time phrase or manner adverb, so the verb that opens the sentence is read. */
export const withoutLeadingTime = (title: string): string =>
  normalize(title)
    .replace(/[。.!！]+$/, "")
    // A remark in brackets at the end ("（已落地 20 个）", "（覆盖率从 40% 到 100%）") is context, not the KR.
    .replace(/\s*\([^()]*\)$/, "")
    .replace(LEADING_TIME_ZH, "")
    .replace(LEADING_MANNER_ZH, "");

/** Goods or content that breaks the rules: taking it down is moderation, the team's handling of what others post. */
const BAD_GOODS_ZH = "违规|违禁|假冒|侵权|盗版|问题|劣质|低质|不合格|虚假|过期";

/**
 * Verbs of delivery that open a task: "上线新版结账流程", "把所有索引迁移到新集群", and, from the
 * coach-k7 round, the verbs of making a piece of work (录制 a video, 拍摄, 撰写 an article, 输出 a
 * report or persona, 出版, 制定 or 编制 a plan or standard, 推行 a rollout, 印发 a notice).
 * A leading time or target phrase ("在 3 月前", "向所有设备") comes before the verb.
 * 对接 (hooking up to another system) opens an integration task as 接入 does (tuning-2026-12-08).
 * 下架 (twelfth round, set K: "下架书籍 5000 本") takes our own things off the shelf, the twin of 上架 and of the
 * removals 下线, 淘汰 and 删除 that sets zh, 06, B and M label K7; not violating content taken down (违规, 侵权:
 * moderation, the team's handling of what others post).
 * K7 (fifteenth round; sets M, V, Y and AD: "推广安装燃气泄漏报警器", "推广新品种种植面积 5000 亩", "形成研究报告", "导入 MES 系统",
 * each labelled K7): 导入 brings a system, a line or a second source in as 引入 does (set Z's "导入 AI 外观检测设备 10 台", AA's
 * "完成新电池供应商导入"), 形成 makes a report or a plan as 编制 does, and 推广 rolls a thing of ours out as 推行 does: verbs of
 * bringing in, making and rolling out, one class with those above. Not 导入 said of teams or customers (导入团队: the
 * accounts that imported, as 引入 leaves people), 形成 on a habit or trust (建立's exclusion), nor 推广 as a marketing
 * budget, channel or result (推广费, 推广渠道, 推广转化).
 * K7 (fourteenth round; set Z's trap "交付后 3 个月维修工单", 4500 → 2500): a delivery verb followed by 后, 以来 or 至今 is a
 * time phrase that dates what is counted, for 交付 and 完成 as for 上线 and 发布 (上线后 …), not a task; 后台 and 后端 (the
 * back office, the back end) are a thing delivered ("完成后台权限改造").
 */
// K7 (sixteenth round; set AF's false alarms "部署后 30 天内客户报障次数", "迁移后核心接口 P99 延迟不高于迁移前" and "部署过程中需要
// 架构组人工介入的次数", all clean): any delivery verb followed by 后, 以来, 至今, 过程(中), 期间, 时 or 首周 (首月 …) is a time phrase
// that dates what is counted, for every verb as it was for 上线, 发布, 交付 and 完成 (Z's "交付后 3 个月维修工单"): writers 07, L, V,
// Z, AH, AJ and AF write "迁移期间的工单", "交付时户均问题数", "上线首月通关率", every one clean. 后台 and 后端 are a thing delivered.
const WHEN_DONE_ZH = "(?!以来|至今|后(?!台|端)|过程|期间|时(?!间|代|钟)|首(周|月|日|年|季|批))";
export const LEADING_OUTPUT_ZH: readonly RegExp[] = [
  new RegExp(
    `^(在[^,。;]{0,12}前|向[^,。;]{0,10})?((上线|发布|交付|完成)(?!以来|至今|后(?!台|端))|推出|开发(?!者|商)|搭建|构建|实现|部署|重构|上架|落地|建成|迁移|接入|对接|新增|开通|编写|撰写|制作|录制|拍摄|输出|出版|制定|编制|推行|印发|下线|下架(?![^，,。；;]{0,8}(${BAD_GOODS_ZH}))|淘汰|移除|删除|砍掉|推送|翻译|本地化|(建立|建设|形成)(?![^，,。；;]{0,8}(信任|口碑|认知|习惯|关系|品牌|心智|共识|闭环))|(引入|导入)(?![^，,。；;]{0,8}(品牌|用户|客户|商家|商户|会员|合作伙伴|供应商|团队))|推广(?![^，,。；;]{0,4}(费|预算|成本|渠道|人员|员|大使|码|链接|位|曝光|效果|转化|投入)))${WHEN_DONE_ZH}`,
  ),
  // K7 (thirteenth round, third part; drawn from sets U and V: "改版支付页", "重做定价页", "用 Go 重写路径规划引擎", "更换保温外卖
  // 包装"): a verb that redoes or replaces a thing of ours opens a task as 重构 does, the Chinese twin of the English leading
  // "re-" verb on our own things (coach-k7h-en, found on J, L, Q and R). An instrument (用 Go) may come first. Not a rate
  // named after the change (更换阿姨申请率: RATE_NAMED_ZH) nor people replacing their things (用户更换 …: not leading).
  // K7 (sixteenth round; set AF's miss "Flutter 重写播放页", K7): the instrument may be named bare, a technology's Latin name
  // before the verb, as U's "用 Go 重写路径规划引擎" names it with 用: the same task of redoing a thing of ours.
  /^(用(?!户)[^，,。；;\d]{1,10}?|[a-z][a-z0-9.+#-]{1,15}\s*)?(改版|重做|重写|重建|翻新|更换(?!率))(?!后|以来|时)(?![^，,。；;]*(率|占比|比例))/,
  // The 把/将 construction puts the object before the verb: "把所有索引迁移到新集群".
  /^(把|将)[^,。;]{0,15}(上线|发布|交付|部署|迁移|接入|下线|移除|删除)/,
];

/** People, and the market's accounts: counting them made is the market answering, not the team making. */
const PEOPLE_ZH =
  "用户|客户|商家|商户|会员|学员|骑手|司机|老师|医生|患者|家长|经销商|代理商|合作伙伴|伙伴|达人|主播|创作者|供应商|开发者|团长|员工|粉丝|卖家|买家|店主|渠道";

/**
 * Verbs of fitting our own places or devices with kit (K7): installing, adding, swapping, equipping or
 * completing the set ("配齐第二台封口机"). One class for every reading of a fit-out taken to all.
 */
const FITTED_VERB_ZH = "(安装|加装|换装|部署|配备|配齐|配置|配足|装配)";

/**
 * K7 (thirteenth round; set S's trap "新上线阿姨背调覆盖 100%", clean): a check or review done on each case (a
 * background check, an audit of each listing) covering all is the team's own work done every time, a service
 * level (README: "review 100% of flagged listings" is clean), not a rollout's coverage. Equipment that checks
 * (检测, 监测) is a thing of ours installed and stays a rollout.
 */
// K7 (thirteenth round, third part; set V's false alarms "离职面谈覆盖全部离职员工" and "提交前近似检索覆盖率达到 100%", both
// clean, as set P's trap "离职面谈覆盖率从 50% 提升到 100%" is): a talk with each person leaving and a search run before each
// filing are the same work done on every case, so the talks (面谈, 访谈, 回访 …) and a search (检索) join the checks as one
// class, read by the coverage-to-all readings here and by coverageRateToAll (rules/k7-outcome-not-output.ts).
// K7 (fifteenth round; sets AA and AD's traps "100% 剧集上线前人工复审" 80 → 100 % and "代码评审覆盖率 100%" 65 → 100 %, both
// clean): a review of each case (评审, 复审) is the same check on each as 审核 and 审查, the team's own work done every time.
// K7 (sixteenth round, part 2; sets AH's and AI's false alarms "选品样品质检覆盖率 60%→100%" and "SAS 程序双人独立编程覆盖率
// 50%→100%", both clean): a quality check of each sample (质检, 抽检), a second look at each case (复核) and a second person
// doing each piece of work again to check it (双人: 双人复核, 双人核对, double programming) are the same check on each case,
// a service level, as README round 15b reads AC's "酒店图片核验覆盖率" (clean) and J, AA and AB write "验光数据复核 100%",
// "100% 完成人脸复核", "切削前技师复核扫描数据 100%" (all clean).
export const CHECK_ON_EACH_ZH = "背调|审核|审查|评审|复审|核查|核验|复核|质检|抽检|双人|检索|面谈|访谈|谈话|回访|随访";

/** Our own staff, as the base of a rollout or a migration taken to all (ROLLOUT_ZH, STAFF_MOVED_ZH, STAFF_TRAINED_ZH). */
const STAFF_ZH = "员工|职工|坐席|客服|班组长|店长|经理|干部|护士|医护人员|一线人员";

/** Places a thing of ours is put live in, counted (ROLLOUT_ZH): stores, sites, hospitals, schools, communities. */
const ROLLOUT_PLACES_ZH = "(客户|门店|网点|乡镇|医院|学校|城市|商户|家庭|站点|仓库|工厂|小区|社区|街道)";

/**
 * A rollout's progress (K7): a migration's or hook-up's completion rate ("核心链路接口迁移完成率"),
 * a gradual release to N customers ("灰度 5 家 KA 客户"), a tool or gateway covering N % of
 * systems ("零信任网关覆盖 100% 办公系统"), a feature list's coverage ("功能覆盖度"). Each measures
 * how far the delivery has gone, not what it changed (tuning-2026-12-08).
 */
export const ROLLOUT_ZH: readonly RegExp[] = [
  // 升级, 替换 and a rollout's 覆盖率 too (ninth round: "门店数字化改造覆盖率从 40% 提升到 100%"; label
  // decision: a rollout's coverage is K7).
  // K7 (sixteenth round; set AE's false alarm "OTA 推送后 14 天内升级完成率 48%→70%", clean): a rate counted within a window after
  // an event (N 天内, N 小时内) is measured on each case, how many owners or systems did it in time, as C, F, I, J, K and T write
  // "升级后 48 小时内 …占比", "发布后 24 小时内 …占比" (all clean), not the rollout's own progress.
  /^(?![^，,。；;]*\d+\s*(天|日|小时|周|个月|分钟)内)[^，,。；;]*?(迁移|接入|改造|部署|切换|对接|升级|替换)(完成率|完成度|进度|覆盖率)/,
  // Places or systems counted first with the rollout done (ninth round: "200 家门店完成数字化改造",
  // "30 个核心系统完成国产化替换"). Not people or merchants adopting (500 家商户完成接入: the caller's
  // NOT_PEOPLE check below).
  new RegExp(
    `^\\d+\\s*(家|个|座|所|套|台)(?!\\s*(${PEOPLE_ZH}))[^，,。；;\\d%率]{0,8}(完成|实现)[^，,。；;\\d%率]{0,8}(改造|替换|升级|部署|迁移|上线|接入|切换|安装)$`,
  ),
  // K7 (eleventh round, third part, set O: "记账机器人上线客户数", "铺设智能补货系统覆盖门店数从 2000 家到 10000 家"): a
  // thing of ours (a system, a robot, a tool) put live in places or at customers, counted by them, is
  // the rollout's reach, the count form of 覆盖率 above. Not an average per account (set C's trap:
  // "每个集团客户平均覆盖学校数": no thing of ours before the verb).
  // K7 (fifteenth round, third part; sets Y, AI and AD: "平台接入小区数" 200 → 800 个, "SPD 系统进驻医院 5 家→15 家", "上线 SPD
  // 系统的医院从 8 家到 15 家", each K7, as O's and T's are): the same reach counted after the places ("医院 5 家→15 家"),
  // with the verb first and the places after 的, with 进驻 (a system moved into a hospital, as 部署 is), or in housing
  // estates, communities and streets (小区, 社区, 街道) as in stores. Not a share (率: rolloutRateToAll's) nor what the
  // places then do (医保扣款金额: a metric, no count of the places).
  new RegExp(
    `(系统|机器人|工具|功能|平台|设备|终端|小程序|app|产品|模块|插件)[^，,。；;\\d%率]{0,4}(上线|覆盖|部署|铺设|接入|安装|进驻)(的)?${ROLLOUT_PLACES_ZH}((数|数量)|\\s*(从|由)?\\s*\\d+\\s*(家|个|所|座)(?=\\s*(→|->|到|至|增加到|提升到)))`,
  ),
  new RegExp(
    `^(上线|部署|接入|安装|启用)[^，,。；;\\d%率]{0,8}?(系统|机器人|工具|平台|设备|终端|小程序|app|模块|插件)的${ROLLOUT_PLACES_ZH}(数|数量)?\\s*(从|由)\\s*\\d+\\s*(家|个|所|座)`,
  ),
  // K7 (thirteenth round; drawn from set S: "AI 定损上线城市数从 3 个到 30 个"): 上线 is a delivery verb itself, so
  // what went live need not be named by a thing word: counted by the places it went live in, it is the launch's
  // reach, the Chinese of "Launch in 3 new cities" (MARKETS_ENTERED). 覆盖 and 接入 keep the thing word above (a
  // service or people may cover or join). Not people going live (骑手上线 …: PEOPLE_ZH).
  new RegExp(
    `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d%率]{1,10}?上线(的)?(门店|网点|乡镇|医院|学校|城市|区县|地市|省份|站点|仓库|工厂)(数|数量)`,
  ),
  // The new version covering places, counted ("新版 POS 覆盖 500 家门店").
  /新[^，,。；;\d%]{0,8}(覆盖|铺到|推广到|部署到)\s*\d+\s*(家|个|所|座)\s*(门店|网点|医院|学校|站点|仓|分公司|办公室)/,
  // The same said as a percentage done ("数据仓库迁移完成 100%", ninth round).
  /(迁移|接入|改造|部署|切换|对接|上线)(完成|进度)\s*(达到|到)?\s*\d+\s*%/,
  // Systems hooked up, counted (ninth round: "接入监控的服务从 200 个增加到 400 个"): the rollout's
  // reach in pieces of the stack, as the share to 100 % below. Not partners or merchants hooked up
  // (接入第三方运营商: the market answering).
  /(接入|迁移到|迁移至|迁到|切换到|部署到?|部署了)[^，,。；;\d]{0,8}的(系统|服务|应用|接口|服务器|数据库|集群|机房|业务线|模块)(数|数量)?\s*(从\s*)?\d+\s*(个|套|台|条)/,
  // K7 (sixteenth round; set AF's miss "研发效能平台接入 200 个代码仓库", 60 → 200, K7): a platform or tool of ours named first, then
  // hooked up to or deployed on our own pieces of the stack counted, is the same rollout's reach as 07's "接入 20 个业务系统的数据",
  // G's "迁移 80 个服务到新的容器平台" and AK's "上云系统从40个到120个" (each K7). Not partners or merchants hooked up (家: the
  // integrations decision), nor people.
  new RegExp(
    `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d%率]{1,10}?(平台|系统|工具|网关|中台|流水线)(接入|部署到|迁移到|覆盖)\\s*\\d+\\s*(个|套|台|条)\\s*[^，,。；;\\d%率]{0,4}?(系统|服务|应用|仓库|代码仓库|代码库|服务器|数据库|集群|业务线|模块)$`,
  ),
  // K7 (fifteenth round, third part; set AK's miss "上云系统从40个到120个", K7): systems moved to the cloud (上云), named first
  // and counted, are the same migration's reach: C, S, Y and Z write the move as a task ("完成核心系统上云", "完成 30 个业务
  // 系统迁移上云") and label it K7. Not what the systems then do (上云系统可用率: a rate, no count after the name).
  /^(迁移)?上云(的)?(业务)?(系统|服务|应用|服务器|数据库|机房)(数|数量)?\s*(从|由)?\s*\d+\s*(个|套|台|条)/,
  // A rollout counted in places (ninth round: "在 3 个区县完成线上贷款推广"): how far the delivery has gone.
  /^在\s*\d+\s*(个|家|座|所)[^，,。；;\d%率]{0,6}(完成|实现)?[^，,。；;\d%率]{0,10}(推广|上线|落地|铺开|开通|部署)$/,
  // K7 (seventeenth round, part 3; set AM's miss "在4个航站楼完成上车点指引牌安装", 0 → 4 个, K7): the same rollout counted in places with a
  // verb of fitting a thing of ours there at the end (FITTED_VERB_ZH: 安装, 加装, 配备 …, one class with 部署 above), as G's "在 3 个区县完成线上
  // 贷款推广", I's "在全市 1200 家定点药店开通医保码支付" and U's "在 40 个城市上线车道级导航" end on theirs (each K7). Not our product
  // installed at customers' or people's places (README round 17: production, read for K3).
  new RegExp(
    `^在\\s*\\d+\\s*(个|家|座|所)(?![^，,。；;]*(${PEOPLE_ZH}|居民|家庭))[^，,。；;\\d%率]{0,6}(完成)?[^，,。；;\\d%率]{0,10}${FITTED_VERB_ZH}$`,
  ),
  /灰度\s*(到|至)?\s*\d+\s*(家|个|%)/,
  // K7 (tenth round): a release pushed to all (README: a rollout's coverage taken to 100 % is K7):
  // "新版司机端推送至 100% 司机", "OTA 推送新版避障算法到全部在网设备", the Chinese of "released to 100% of
  // users"; whoever receives it, the delivery is what is counted.
  // The verb opening a rate's name is no release (second part, set Q's trap: "一本上线率达到 100%", students over
  // the line, K4): a rate taken to 100 % is every case going right, as RATE_NAMED_ZH reads a leading verb.
  /(推送|发布|上线|开放|升级|部署|铺开|推广|下发)(?!率)[^，,。；;]{0,12}?(至|到)\s*(全部|所有|全体|100\s*%)/,
  // K7 (eleventh round, set J: "所有客户的抽样算法升级到 v3"): all of a thing of ours moved to a new version,
  // the subject first: the release pushed to all, as above. Not people upgrading (所有用户升级到 …: their
  // choice) nor a plan or a membership (会员, 套餐, 付费).
  new RegExp(
    `^(所有|全部)(?!(新|老)?(${PEOPLE_ZH})(都)?(升级|更新|切换|迁移))[^，,。；;]{1,12}?(升级|更新|切换|迁移)(到|至)\\s*(v\\d|新版|新一代|\\d+(\\.\\d+)+)(?![^，,。；;]*(会员|套餐|付费|vip))`,
  ),
  // A thing of ours covering all or 100 % of something that is not people ("OTA 固件 4.0 覆盖 100% 在网
  // 设备", "实名制购票覆盖 100% 演出", "无人机查勘覆盖全部 12 个地市"): how far the rollout has gone. People
  // covered ("会员权益覆盖 100% 的老客户") are customers given something, left to K4's reading. The thing may go
  // unsaid, the objective naming it (twelfth round, set O: "覆盖 100% 合作乡镇", 60 → 100, as set M's "覆盖 120 个
  // 行政村的助农服务点" opens on 覆盖).
  new RegExp(
    `^(?![^，,。；;]*(率|占比|比例)[^，,。；;]*覆盖)(?![^，,。；;]*(${CHECK_ON_EACH_ZH})[^，,。；;]*覆盖)[^，,。；;]{0,16}?覆盖\\s*(了)?\\s*(全部|所有|全体|100\\s*%)(?![\\s的]*(\\d+\\s*(个|家|座|所|台|名|位)\\s*)?(新|老|付费|活跃|免费)?(${PEOPLE_ZH}))`,
  ),
  // K7 (twelfth round, third part; drawn from set R: "合规培训覆盖 100% 员工", "骑手培训覆盖人数从 8000 人提高到 20000 人"):
  // a training of ours covering all of a group, or counted by the heads it covers, is the teaching delivered, as
  // TRAINED_ZH reads 培训 300 名 and coverageRateToAll 团长培训覆盖率 to 100 % (sets K, M and Q write the same and label
  // it K7). The people covered do not make it the customers' reach here: the training is ours, so this widens the
  // coverage reading above, which leaves people covered to K4. Not short of all (覆盖 80% 员工), heads-times of an
  // event (学术会议覆盖医生 2 万人次: K6's contact) nor a share named (覆盖率).
  /^[^，,。；;\d%率]{0,8}?(培训|轮训)[^，,。；;\d%率]{0,2}?(覆盖\s*(了)?\s*(全部|所有|全体|100\s*%)[^，,。；;\d%率]{0,8}$|覆盖(的)?(人数|员工数|人员数)(?=\s*(从|由)\s*[\d,.]+\s*(万|千)?\s*(人|名)?\s*(提升|提高|增加|扩大)(到|至)))/,
  // K7 (thirteenth round, second part; drawn from set O: "商品页面视频覆盖率", 22 → 60 %, found on P's "安装电子站牌的站点覆盖率
  // 从 40% 提升到 65%" and M's "室温采集器覆盖 30% 用户"): the coverage of a device or a piece of content of ours (a camera, a
  // sensor, a sign, a photo, a video) is how far we have put it out at any target, not only at 100 %: every writer who
  // named such a thing before 覆盖 labelled it K7 (sets B, G, H, K, L, M, O, P, Q, R and T, short of all or at 100 %). The
  // devices and content only: a process's coverage short of all (集中采购覆盖率, 数据自动采集覆盖率, 测试程序覆盖率, 随访覆盖率:
  // sets B, P and Q) is a service level or a metric, clean, and so is a check, an inspection or a talk on each case
  // (设备巡检覆盖率: the team's own work done every time). The rate ends
  // the name (its values after it or in the fields), or a share of what it covers ends the sentence: not a metric the
  // coverage qualifies (视频覆盖的商品转化率).
  // K7 (fifteenth round, third part; set AI's miss "配送车辆 GPS 温控终端覆盖率 100%", 85 → 100): where the device is fitted
  // (配送车辆) may come before its name, a longer name of the same device of ours, not another shape.
  /^(?![^，,。；;]*(每次|每个|单次|一对一|测试|网络|信号|背调|审核|审查|核查|核验|巡检|巡查|检查|检测|检修|保养|维护|盘点))[^，,。；;\d%]{0,14}?(视频|图片|实拍图|照片|站牌|采集器|传感器|摄像头|监控|报警器|电表|水表|燃气表|机器人|网关|终端|设备)[^，,。；;\d%率]{0,6}?覆盖(率\s*($|从|由|\d|达到|提升|提高)|\s*\d+\s*%\s*[^，,。；;\d%率]{1,8}$)/,
  // K7 (fifteenth round, third part; sets AD and AK: "导师制覆盖全部新员工" 60 → 100 %, "桌面云覆盖100%员工" 40 → 100 %, both K7,
  // as Q, R, AB and AG write "安全培训覆盖 100% 员工" and label it K7): a thing of ours (a tool, a scheme, a training) covering
  // all of our own staff is a rollout taken to all, whoever receives it, as the training's coverage above is; the people
  // covered are ours (STAFF_ZH), not customers. Not a check or a talk done on each case (V's "离职面谈覆盖全部离职员工":
  // CHECK_ON_EACH_ZH, a service level), an appraisal or a health check (考核, 体检), nor a share named (率, 占比).
  new RegExp(
    `^(?![^，,。；;]*(率|占比|比例|${CHECK_ON_EACH_ZH}|考核|考评|体检|检))[^，,。；;\\d%]{1,10}?覆盖\\s*(了)?\\s*(全部|所有|全体|100\\s*%)\\s*(的)?\\s*(新|一线|在岗|全职)?(${STAFF_ZH})$`,
  ),
  // The thing covered named before the 100 % (second part, set M: "远程监测覆盖在保设备 100%"): the same coverage
  // of our own tool taken to all. Not people covered (PEOPLE_ZH), nor a rate named.
  new RegExp(
    `^(?![^，,。；;]*(率|占比|比例|${PEOPLE_ZH}|${CHECK_ON_EACH_ZH}|居民|家庭|人口))[^，,。；;\\d%]{2,12}?覆盖[^，,。；;\\d%]{1,10}?100\\s*%$`,
  ),
  // All of our places or devices given a thing (the target 100 %, the subject ours): "全部网点加装高清监控",
  // "全部闸机支持刷脸入园", "全部网点配备适老化设备". Not people doing something (全部司机完成 …: their act).
  // K7 (twelfth round, second part, set Q: "全部门店配齐第二台封口机"): the verbs of fitting a place with kit are
  // one class (FITTED_VERB_ZH), the same as the installed share's below, so 配齐 and 配置 read as 配备 does.
  new RegExp(
    `^(全部|所有)(?!(新|老)?(${PEOPLE_ZH}))[^，,。；;\\d]{1,6}?(${FITTED_VERB_ZH}|支持|接入|上线|开通|启用|升级)`,
  ),
  // K7 (thirteenth round, second part; drawn from set T: "冷链车辆全部加装温控设备", 30 → 100 %): the same fit-out with
  // the things of ours named first and 全部 (or 均, 都) before the fitting verb, the word order of "门店全部配齐 …". Only
  // the fitting verbs (FITTED_VERB_ZH): 全部上线 or 全部升级 after a subject may be people's act or a share's base. Not
  // people (司机全部安装 …: their act) nor a share (率, 占比, 比例).
  new RegExp(
    `^(?![^，,。；;]*(率|占比|比例|${PEOPLE_ZH}))[^，,。；;\\d%]{1,8}?(全部|均|都)(已)?${FITTED_VERB_ZH}[^，,。；;\\d%率]{1,12}$`,
  ),
  // Rolled out in all our N places, the subject first or 在 first with a place's scope ("线上预约在全部 60
  // 家门店铺开", "在全市 1200 家定点药店开通医保码支付").
  /在\s*(全部|所有|全市|全省|全国)?\s*\d*\s*(个|家|座|所)?[^，,。；;\d%率]{0,8}?(门店|网点|药店|药房|医院|站点|分公司|校区|营业厅|仓|城市|地市|区县)[^，,。；;\d%率]{0,10}?(推广|上线|落地|铺开|开通|部署|启用)[^，,。；;\d%率后]{0,8}$/,
  // A feature list's completion ("对标功能清单完成度从 60% 提升到 100%", sets H, J and K), or its 完成率 (twelfth
  // round, set P: "功能对标清单完成率从 60% 提升到 100%"): the list of features matched, delivered. 完成率 alone is
  // most often a service level or what users finish (报修 24 小时内完成率, 新手引导完成率), so only a list or a
  // match of features (清单, 对标) makes it a delivery.
  // K7 (thirteenth round, third part; set U: "对照飞书功能清单的覆盖率从 60% 提升到 90%", as P's "竞品功能清单覆盖率" 55 → 100 %):
  // the list's 覆盖率 is its 完成率, how much of the rival's list we have shipped, at any target.
  // K7 (seventeenth round; set AL's miss "功能对标清单完成项从15项提升到40项", K7): the list's items done, counted, are its 完成度 said
  // as a count, the features matched that H, J, K, P and S write as a share of the same list (all K7).
  /功能[^，,。；;\d]{0,4}(覆盖度|完成度)|功能[^，,。；;\d]{0,4}(清单|对标)的?(完成率|覆盖率|完成项|完成数)|对标功能[^，,。；;\d]{0,4}完成率/,
  /(网关|能力|功能|工具|平台|插件|客户端|系统)[^，,。；;]{0,4}覆盖\s*(率\s*)?(从\s*\d+\s*%?\s*(提升|提高)?到\s*)?\d+\s*%\s*(的)?[^，,。；;]{0,6}(系统|服务|应用|设备|门店|终端)/,
  /功能(覆盖度|完成度)/,
  // K7 (sixteenth round, part 3; sets AO and AP: "铺设租借柜的游泳馆从0家到60家", "完成部署的银行从6家增加到20家", "迁移到微前端的页面从10个增加到
  // 40个", "etcd迁移到独立节点的地域从0个增加到6个", "开通销售的欧洲国家从0个到3个", each K7): the places or things of ours where the team
  // has put, deployed, moved or opened a thing of ours, named after a verb and 的 and counted from one number to another, are the
  // rollout's reach, the form of AD's "上线 SPD 系统的医院从 8 家到 15 家", G's "接入监控的服务从 200 个增加到 400 个" and O's "铺设智能补货系统
  // 覆盖门店数从 2000 家到 10000 家" (each K7) with other verbs. Not hook-ups (对接, 接入: a number of integrations, README), a share, a
  // rate, nor people or customers (客户, 用户 …: their adoption).
  new RegExp(
    `^(?![^，,。；;]*(${PEOPLE_ZH}|占比|比例|率))[^，,。；;\\d%]{0,8}?(完成)?(迁移到?|迁到|部署|铺设|安装|上线|开通)[^，,。；;\\d%]{0,10}?的[^，,。；;\\d%]{1,6}?(数|数量)?\\s*(从|由)\\s*\\d+\\s*(个|家|套|台|条|座|所)?\\s*(增加|提升|提高|扩大)?\\s*(到|至)\\s*\\d+\\s*(个|家|套|台|条|座|所)?$`,
  ),
  // K7 (sixteenth round, part 3; sets AO and AP: "与AirPods Pro相比缺少的功能从9项减到0项", "Fenix有而我们没有的功能从14项减到4项", "与GitHub
  // 对齐的功能点从60个增加到95个", "与Datadog对齐的APM功能从55%提升到100%", each K7): the features named by their match with a rival's (对齐,
  // 对标, or those it has and we lack: 缺少, 缺失, 没有), counted or as a share, up to the rival's or down to no gap, are the list of
  // features matched that B, H, J, K, L, M, O, P, Q, S, T, AC and AG write as "对标功能清单完成度", "功能数量与竞品差距从 12 项缩小到 4 项",
  // "上线 15 个抖音有、我们没有的剪辑功能" and label K7: what the team builds. Not features lacking as the cause of what customers do
  // (因缺少功能而流失的团队, 因功能缺失丢单的比例: 因 names the cause of a loss, an outcome), nor features people use.
  /^(?![^，,。；;]*(因|流失|丢单|丢掉|使用|用户|客户))[^，,。；;\d%]{1,20}?(对齐|对标|缺少|缺失|没有)的?[^，,。；;\d%]{0,6}?(功能|特性)(点)?(数|数量)?\s*(从|由)\s*\d+\s*(%|个|项|款)?\s*[^，,。；;\d]{0,4}?(到|至)\s*\d+/,
  // Systems hooked up or moved, as a share taken to 100 % (set F: "办公系统接入零信任网关的比例从 55%
  // 提高到 100%"): the rollout's coverage (label decision). Not stores or people: those are customers.
  /(系统|服务|应用|设备|终端|接口|服务器|仓库|机房)[^，,。；;]{0,6}(接入|迁移到|迁移至|迁到|切换到|部署)[^，,。；;]{0,12}的?(比例|占比|覆盖率)[^，,。；;]{0,12}100\s*%/,
];

/**
 * Things made, counted noun first: the making verb on a thing ("新增模板数", "上线页面数量",
 * "撰写的帮助文章篇数"), or the thing with its making as a volume ("模板新增数").
 */
export const MADE_COUNT_ZH =
  /(新增|上线|发布|编写|撰写|制作|新建|产出|上架|开发)的?(文章|推文|模板|页面|课程|视频|规则|插件|报表|看板|案例|教程|文档|帮助文章|素材)(数|数量|个数|条数|篇数|量)|(文章|推文|模板|页面|课程|视频|插件|案例|教程|文档|素材)(新增|上线|发布|上架|产出)(数|数量|个数|篇数|量)/;

/** Measure words of pieces made; 场, 次 and 通 (events, times, calls) are K6's, 家 is a place opened. */
// 种 (ninth round): kinds of a capability delivered ("支持 5 种语言", "接入 6 种支付方式").
const PIECE = "篇|个|条|款|项|支|部|份|期|集|套|门|节|张|本|版|首|幅|组|页|章|讲|种";

/** A made-thing verb, a count with the measure word of pieces, and what was made. */
// 安装 (ninth round): equipment installed by the team, counted by the set or unit (安装 2000 套看护设备).
// 新 before the verb (tenth round: "新上架 300 门微课", "新上线 40 节课", "新开 12 门课程") says the same
// making, and 开 a course (门, 节: the measure words of lessons) is making it.
// K7 (thirteenth round; drawn from set S: "官方账号发布 60 条内容"): an account of ours (账号, 公众号, 视频号) before the
// verb is the team making, as a team named there is, the piece counted by 条 as sets 07 to P count 公众号推送 60 篇.
const MADE_PIECES = new RegExp(
  `^([^，,。；;\\d]{2,4}?(?<=(组|部|团队|中心|账号|公众号|视频号)))?新?(新开(?=\\s*\\d+\\s*(门|节|期|套|条))|上线|发布|推出|交付|完成|开发|研发|搭建|上架|上新|迭代|新增|编写|撰写|制作|录制|拍摄|产出|输出|设计|翻译|写|出|做|新建|建成|落地|出版|制定|改版|重构|迁移|接入|对接|安装|打造|沉淀|梳理|优化|支持)\\s*(了)?\\s*\\d+\\s*(${PIECE})\\s*(?!(新|付费|活跃|入驻)?(${PEOPLE_ZH}))(?![^，,。；;]{0,6}(指标|环节耗时))(?![^，,。；;]{0,4}(订单|交易|包裹|快递|工单))[^，,。；;]{1,14}$`,
);
// K7 (tenth round, sets J, K and L): a team named before the verb is the same making ("教研组新开发 24 节课"),
// 研发 makes a course or a product as 开发 does ("研发 24 节新课"), and 新开 with 条 opens routes as with 门
// a course ("新开 20 条公交线路", the Chinese of "Launch 5 new routes": places the business opens).
/**
 * The same, the thing first: "接入教学视频录制 20 个", "新功能上线 12 个", and (tenth round) "讲题视频上新 300 个",
 * "调度算法迭代 6 个版本" (a release counted by its versions, as 全年完成 4 次整车 OTA is).
 */
// K7 (sixteenth round; set AE's miss "会员专享 SKU 上新 200 个", K7, as L's "发布会员专属歌单 100 个" and K and T's "新人专享" channels
// are): people before 专享 or 专属 name whom the thing is for, not who makes it.
// People named as a course's audience (second part, set Q: "新商家培训课程上线 50 节") are not who makes it: the
// people word is followed by the teaching made for them.
const PIECES_MADE = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH})(?!培训|课程|教程|手册|指南|专享|专属))[^，,。；;\\d]{2,12}?新?(上线|发布|推出|交付|录制|拍摄|撰写|编写|制作|产出|上架|上新|开发|研发|设计|迭代)\\s*\\d+\\s*(${PIECE})(版本)?$`,
);
/**
 * K7 (eleventh round, third part, set O: "开设创作者学院课程 30 节", "上传课件模板 2000 份", "新开发自有品牌 SKU 150
 * 个"): the making verb first, what it makes, then the count by the measure word of pieces, the order
 * between MADE_PIECES (number after the verb) and PIECES_MADE (thing first), a team named first as there
 * ("数据团队交付新看板 40 个"). 上传 and 开设 make content
 * and courses available as 上线 does. Not people counted (the object ending on a people word: 新增付费用户
 * 500 个 is acquisition), nor orders or parcels (the business's volume).
 */
const MADE_THEN_PIECES = new RegExp(
  `^([^，,。；;\\d]{2,4}?(?<=(组|部|团队|中心)))?新?(上线|发布|推出|交付|开发|研发|上传|开设|录制|拍摄|撰写|编写|制作|产出|上架|上新|设计|搭建|打造)(?!率|者|商|后|前|以来|时)[^，,。；;\\d%]{2,14}?\\s*(?<!(${PEOPLE_ZH}|订单|交易|包裹|快递|工单)\\s*)\\d+\\s*(${PIECE})$`,
);
/**
 * K7 (sixteenth round, part 2; README decisions "A stock is not K7 without the team's verb" (round 16) and "Rules,
 * knowledge-base and FAQ articles, dashboards and reports counted as a stock are K5" (round 16b)): the rules in an engine,
 * the articles of a knowledge base, FAQ or help centre, the dashboards or reports in a tool, written as a size with no verb
 * of ours, are a library's entries, K5's stock, not pieces made (K7 is "the delivery of a feature or a project",
 * docs/method.md). So no reading counts them from one size to another any more (the reading of 文章, 看板 and 报表 "从 a 到
 * b" that stood here, and the rule's 规则条数, are gone: B, H, J, K, O, R, AF and AG write "风控规则条数从 900 条增加到 1,500
 * 条", "知识库文章从 300 篇增加到 800 篇", "数据看板从 300 个增加到 500 个", "FAQ 文章从 120 篇扩充到 300 篇", every one K5), and
 * the same entries counted bare with a baseline above nothing ("知识库文章 200 篇" from 80, AD; "帮助中心文章" 60 → 120 篇, W;
 * "规则数" 1200 → 1800 条, AF) are the stock too. With the team's verb they stay K7 ("新建 30 张数据看板", "编写 100 篇帮助中心
 * 文章", "知识库文章新增 300 篇", "风控规则上线 80 条", "建设市民诉求知识库，收录 5,000 条答复口径"), and so do pieces published from
 * nothing ("公众号文章" 0 → 24 篇, L: not a library's entries).
 */
const LIBRARY_STOCK_ZH =
  /^(?![^，,。；;]*(新增|新建|新写|新上|上线|发布|编写|撰写|开发|交付|收录|推送|制作|产出|起草|上架|建设|搭建|沉淀|补充|补齐|录入|迁移|接入))[^，,。；;\d%率]{0,10}?((知识库|帮助中心|faq|常见问题|问答库)[^，,。；;\d%率]{0,4}?(文章|条目|词条|问答)?|规则|看板|报表|仪表盘)(条数|篇数|数量|个数|数)?\s*([\d,.]+\s*(万|千)?\s*(篇|条|个|张|套))?$/;
export const libraryStockZh = (title: string, baseline: number | null): boolean =>
  (baseline ?? 0) > 0 && LIBRARY_STOCK_ZH.test(normalize(withoutLeadingTime(title)));
/**
 * K7 (seventeenth round; sets AA's and AM's false alarms "上架 SKU 数" 1.2 → 2 万 and "上线场地数从3000个提升到3800个", both K5): what a
 * marketplace lists for buyers to choose among (hotels, homes, venues, sights, cars, SKUs, goods), named by its listing verb as a
 * size (上架 … 数, 上线 … 数) from a base above nothing, is the catalogue's size (README decisions "A catalogue's size is K5; items
 * added are K7" and "A stock is not K7 without the team's verb"), as AC, AM, J and U write "上线酒店数从 12 万家提升到 15 万家",
 * "上架景区数从 2800 家到 4000 家", "上架房源数从6万套提升到8万套", "上架酒店数量从 8 万家扩充至 12 万家" (all K5): the verb names
 * which listings are counted, not a count of ours added. Items added with the verb and their count, or said new, stay K7
 * ("本季度新上架2000个SKU", "上架课程 500 门"), and so do the team's own pieces named so (上线需求数, 上线功能数量: what it ships).
 */
const LISTED_STOCK_ZH =
  /^(上架|上线|在线|在售|可售|可订)(的)?\s*(酒店|民宿|房源|房间|景区|景点|场地|场馆|球馆|车辆|车源|sku|商品|单品|货品)\s*(总)?(数|数量|个数)\s*((从|由)?\s*[\d.,]+\s*(万|千)?\s*[^\d，,。；;→]{0,3}?\s*(增加|提升|提高|扩充|扩大|增长)?\s*(到|至|→|->)\s*[\d.,]+\s*(万|千)?\s*[^\d，,。；;]{0,3})?$/;
export const listedStockZh = (title: string, baseline: number | null): boolean =>
  (baseline ?? 0) > 0 && LISTED_STOCK_ZH.test(normalize(withoutLeadingTime(title)));

/**
 * K7 (twelfth round, set G: "可全程网办的事项从 320 项增加到 500 项"): public services put online, counted by the
 * item (项), noun first: the twin of sets J and K's "上线 120 项事项“秒批”", "上线 50 项“掌上办”事项", the services
 * the office puts online. Not a share of them (set 07's "全程网办事项占比": how far citizens are served), nor
 * what is done with them (一次办结率).
 */
const SERVICES_ONLINE_ZH =
  /(网办|网上办|线上办|掌上办|一网通办|秒批|秒办|自助办)[^，,。；;\d%率]{0,6}?事项(数|数量)?\s*(从|由)?\s*\d+\s*项/;

/** Places the business opens, counted: "新开门店 40 家", "开设 12 家社区店", "新开门店数". */
// K7 (sixteenth round, part 2; sets W's and R's misses "新开业 4 家门店" and "启动研究中心 25 家", both K7, README round 15b "stores,
// clinics or sites we open ourselves" stay K7): opening for business (开业) and putting a site to work (启动, a trial's centres)
// are the same opening as 新开 and 开设, which F, G, I, J, L, M, P, Q, R, T, Z and AJ count ("新开门店 15 家", all K7).
const PLACES_OPENED =
  /(新开|开设|开出|新建|新?开业|启动)(?!店铺|网店)\s*(\d+\s*(家|个|座|所))?\s*[^，,。；;\d]{0,6}?(门店|店|分店|网点|仓|前置仓|站点|诊所|药房|药店|门诊|餐厅|健身房|营业厅|校区|体验店|旗舰店|中心)(数|数量)?(\s*\d+\s*(家|个|座|所))?$/;

/**
 * K7 (twelfth round; sets M, O and P: "理赔 100% 线上化", "完成 100% 服务容器化", "核心服务容器化覆盖率从 60% 提升到
 * 100%"): a thing of ours turned into a new form (…化: 容器化, 线上化, 数字化, 国产化) taken to all of it is a
 * rollout's coverage, which the README's label decision makes K7 at 100 %. The caller reads it only with a
 * target of 100: short of all ("账单分期办理线上化率从 75% 提升到 90%", set P) it is left clean, as writers keep it.
 * Not 转化, 优化, 变化 and the like (a conversion or a change, not a new form), nor the form of something
 * named after it ("使用标准化核查单的比例": 化 must end the thing or open its 覆盖率 or 率), nor a way of working made
 * standard (标准化, 规范化: a share of the team's own work done so is a service level, README), nor people.
 */
const TURNED_ZH = "(?<![转优变强文恶老进分深细激融简消固淡准范])化";
// K7 (fifteenth round, third part; set AD's miss "巡检记录电子化" with 0 → 100 % in its fields): the thing turned, named
// bare with the 100 % in the fields only, is the same rollout taken to all as M's "理赔 100% 线上化", O's "完成 100% 服务容器化"
// and AC's "完成全部核心应用容器化" (each K7; no tuning set labels such a title at 100 % otherwise); the caller reads the target.
const TURNED_TO_ALL_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))([^，,。；;\\d%]{1,12}?${TURNED_ZH}(覆盖率|率)(?=\\s*(从|由|达到|到|提升|提高|\\d))|[^，,。；;\\d%]{0,8}?\\s*100\\s*%\\s*[^，,。；;\\d%]{1,8}?${TURNED_ZH}$|[^，,。；;\\d%率]{2,12}?${TURNED_ZH}$)`,
);
/** A thing of ours turned into a new form, taken to all (the caller checks the target of 100), quoted, or null. */
export const turnedToAllZh = (title: string): string | null => findFirst(withoutLeadingTime(title), [TURNED_TO_ALL_ZH]);

/**
 * K7 (twelfth round, set O: "安装智能烟感和跌倒监测设备的家庭占比达到 100%"): the share of places or homes where we
 * installed a thing of ours, taken to all, is the installation's coverage, as set F's "办公系统接入零信任网关的比例从
 * 55% 提高到 100%" and set L's 安装率 are (README: a rollout's coverage to 100 % is K7; the caller reads it only
 * with a target of 100: set C's 接入网关的业务系统占比 to 80 % is clean). Not an app or a plugin installed (the
 * customers' use, as 安装率 of an app is), nor people as the share's base.
 */
// K7 (thirteenth round; drawn from set S: "网点安装监控 100%", "智能手环安装到 100% 签约老人"): the same coverage said
// with the 100 % after the fitting verb, the place or the thing first, as "覆盖 100%" is said after 覆盖 (ROLLOUT_ZH).
const INSTALLED_SHARE_ZH = new RegExp(
  `^(?![^，,。；;]*(app|应用|客户端|插件|小程序|sdk|${PEOPLE_ZH}))(${FITTED_VERB_ZH}(了)?[^，,。；;\\d%]{1,16}?的[^，,。；;\\d%]{1,8}?(比例|占比|覆盖率)|[^，,。；;\\d%率]{1,10}?(${FITTED_VERB_ZH}|新装)(到|至)?[^，,。；;\\d%率]{0,6}?\\s*100\\s*%)`,
);
/**
 * K7 (thirteenth round, second part; drawn from set S: "远程办公从 VPN 切换到零信任接入的员工占比从 40% 到 100%", the people
 * form of set F's "办公系统接入零信任网关的比例从 55% 提高到 100%"): the share of our own staff moved onto a system of ours,
 * taken to all, is the migration's coverage (README: a rollout's or a migration's coverage to 100 % is K7). Our staff
 * only: customers or developers moving (把 … 迁移到我们云上的客户占比, 接入后 … 的开发者占比) is their choice, an outcome.
 */
// K7 (sixteenth round, part 3; set AP's miss "接入零信任网关的应用占比从45%提升到100%", K7): our own systems or applications as the
// share's base, the verb first, are the same migration's coverage as F's "办公系统接入零信任网关的比例从 55% 提高到 100%" (the systems
// named first) and S's staff here, both K7; C's "接入统一脱敏网关的业务系统占比从 35% 提升到 80%" stops short of all and stays clean (the
// caller reads only a target of 100).
const STAFF_MOVED_ZH = new RegExp(
  `(切换|迁移|迁|改用|换用|接入)(到|至)?[^，,。；;\\d%率]{1,12}?的(${STAFF_ZH}|(业务|内部|办公)?(系统|应用|服务|服务器|数据库))(账号)?(占比|比例)`,
);
/**
 * K7 (thirteenth round, second part; drawn from set S: "员工合规培训完成率从 70% 提升到 100%", found on T's "班组长领导力培训覆盖率
 * 100%"): a training of ours completed or covering all of our staff is the teaching delivered to all, as 培训覆盖 100% 员工
 * is (sets K, M, Q and R). Staff only: the platform's drivers or helpers finishing a course (set O's 阿姨岗前培训完成率 to
 * 100 %, clean; set I's 全部司机完成 … 课程, K7) split the writers, and customers' or learners' completion is an outcome.
 */
const STAFF_TRAINED_ZH = new RegExp(
  `(${STAFF_ZH})[^，,。；;\\d%率]{0,8}?(培训|课程)[^，,。；;\\d%率]{0,4}?(完成率|覆盖率|参训率)`,
);
/**
 * K7 (fourteenth round; drawn from sets U, V and Y: "合作诊所全部完成对接", "给所有销售经理开通预测工具", "全员签订安全责任书",
 * "乡镇卫生院接入区域平台 100%", "为 100% 教师配发平板", each with a target of 100 %): a verb of putting a thing of ours in place
 * (hooking up, handing out a device, opening a tool, signing a paper, fitting, deploying, installing, switching, migrating)
 * next to all of a group (全部, 所有, 全员, 全体, 100 %) is a rollout taken to all, whoever receives it (README: a rollout's
 * coverage taken to 100 % is K7), as sets 07, I, O and S write it with 迁移, 配备, 接入 and 安装 and label it K7 (none of
 * the tuning sets labels such a title otherwise). Not a share or a rate named (率, 占比: read above with its own verbs),
 * nor a check or a talk done on every case (CHECK_ON_EACH_ZH, set S's trap "新上线阿姨背调覆盖 100%": a service level), nor
 * people or customers installing or joining (PEOPLE_ZH; apps and plugins, which customers install: "司机全部安装新版接单 App").
 */
const PUT_IN_PLACE_ZH = "接入|对接|配发|开通|签订|配备|部署|安装|上线|启用|切换|迁移";
const TO_ALL_ZH = "全部|所有|全员|全体|100\\s*%";
const ROLLED_OUT_TO_ALL_ZH = new RegExp(
  `^(?![^，,。；;]*(率|占比|比例|app|应用|客户端|插件|小程序|sdk|${CHECK_ON_EACH_ZH}|${PEOPLE_ZH}))[^，,。；;]*?((${TO_ALL_ZH})[^，,。；;\\d率]{0,10}?(完成)?(${PUT_IN_PLACE_ZH})|(${PUT_IN_PLACE_ZH})[^，,。；;\\d率]{0,10}?(${TO_ALL_ZH}))`,
);
/**
 * The share of our places with a thing of ours installed, or a thing of ours put in place for all (the caller checks the
 * target of 100), quoted, or null.
 */
export const installedShareZh = (title: string): string | null =>
  findFirst(withoutLeadingTime(title), [INSTALLED_SHARE_ZH, STAFF_MOVED_ZH, STAFF_TRAINED_ZH, ROLLED_OUT_TO_ALL_ZH]);

/** A share, rate or per-person figure, or a running total: not a count of deliveries. */
const NOT_A_DELIVERY_COUNT_ZH = /%|率|比例|占比|人均|累计|总数/;

/**
 * Output shapes read from the order of the words (K7). After a leading time phrase, a KR whose
 * sentence ends on a delivery verb ("积分商城上线", "团长小程序 2.0 全量发布", "旧版估价页面全部下线",
 * "新版模板编辑器向全部店铺开放") is a task, and so is a capability rolled out to all of something
 * ("灰度发布能力覆盖全部核心服务"). A count of artefacts made or merged ("发布 36 篇公众号文章",
 * "合并 400 个 PR", "录制 20 个教学视频") measures delivery.
 */
const OUTPUT_ZH: readonly RegExp[] = [
  // 全量 / 切流 / 打通 at the end are rollout and integration words too ("新版授信模型全量",
  // "大模型推荐全量切流", "CRM 与工单系统数据打通", tuning-2026-12-07).
  // 投入使用 (put into use) ends a delivery the same way (ninth round: "新官网 3 月底前投入使用").
  /[^，,。；;]{2,}?(全量|全部|正式|按时|顺利|完成)?(上线|发布|下线|交付|落地|上架|开放|迁移完成|完成迁移|全量|切流|打通|投入使用)$/,
  // A build finished, said at the end (ninth round: "智能排班功能开发完成", "会员体系改造完成"), and a
  // project or system done by a date ("供应链项目在 6 月底前完成", "数据中台在 3 月底前建成"). Not work of
  // the business done in time ("退款当天完成": no build verb, no project).
  /(开发|建设|搭建|改造|升级|部署|重构|改版|迁移|验收|对接)(工作)?(全部|全面|顺利|如期|按期)?完成$/,
  /(项目|系统|平台|中台|模块|版本|工程)(?![^，,。；;]*(目标|指标|kpi|gmv|收入|营收|额|量))[^，,。；;%率]{0,12}?(完成|建成|交付|落地)$/,
  // Rolled out to all of our own teams or sites (ninth round: "新版 CRM 在全部销售团队推广使用").
  /在(全部|所有|全体|各)[^，,。；;\d%]{0,8}(推广使用|全面推广|推广|铺开|启用)$/,
  // Moving traffic or users onto the new system is a rollout's progress ("老支付链路流量 100% 迁移到新中台").
  /(迁移|迁|切换|切流|切)(到|至)新[^，,。；;]{1,10}/,
  /(能力|功能|版本|系统|模块)(覆盖|推广到|铺开到|接入)(全部|所有|全体)/,
];

/**
 * A count of artefacts made or merged ("发布 36 篇公众号文章", "合并 400 个 PR", "公众号本季度推送 60 篇").
 * Read only where no share is asked and no people do the making: "创作者每周发布 3 条以上视频的占比"
 * and "每位老师每周发布 2 篇作业点评" are what the product's users do (coach-k7).
 */
const COUNTED_ZH: readonly RegExp[] = [
  /(发布|合并|提交|撰写|写|产出|制作|上线|交付|开发|推送)\s*\d+\s*(篇|个|条|款|项|支|部|份|期)\s*[^，,。；;]{0,8}?(文章|推文|帖子|笔记|视频|pr|提交|commit|功能|版本|需求|模板|页面|插件|课程|白皮书|案例|教程|文档)/,
  // 篇 counts pieces of writing by itself: "公众号本季度推送 60 篇" needs no noun after it.
  /(发布|发表|刊发|刊登|推送|发|撰写|写|产出)\s*\d+\s*篇/,
  // K7 (thirteenth round, second part; drawn from set T: "向月捐人发送项目进展报告 4 期"): issues or articles sent to an
  // audience, counted by 期 or 篇 at the end, are pieces the team writes, as 发布 8 期月刊 and 发布 12 篇项目进展报告 are
  // (sets F and K): 期 and 篇 count pieces of writing, not messages (条, 封, 次: MESSAGES_SENT_ZH, K6's outreach).
  /^((向|给)[^，,。；;\d%率]{1,8}?)?(发送|寄送|寄出|推送)[^，,。；;\d%率]{1,12}?\s*\d+\s*(期|篇)$/,
  // A piece count that ends the sentence ("媒体报道 10 篇") counts pieces delivered, whatever noun leads.
  // K7 (sixteenth round, part 3; sets AO's and AP's false alarms "排障文章从50篇增加到130篇" and "隐私FAQ从15篇增加到30篇", K5, and
  // "顶会论文录用从0篇增加到3篇", clean): a count moving from one size to another (从 … 到) is not the bare count this reads, so the
  // words before it hold no 从: the stock's direction (README round 16b: "知识库文章从 300 篇增加到 800 篇" in F, H, O, R and AO is K5)
  // or a result (papers accepted) is read by what it counts, and pieces we publish from a base keep their own readings.
  /^[^，,。；;%率从]{2,12}?\s*\d+\s*篇$/,
];

/** Headcount hired (set F: "招聘 12 名线上药师"): what the team puts in. 招募 is not hiring: partners and suppliers signed or recruited with a count are SIGNED_UP_ZH's. */
// A subject before it is the same hiring (tenth round: "我们自己招聘 15 名实施顾问"), and so is 招聘 with
// the team's new size after it ("招聘检测师，团队扩到 600 人") and 增员 (recruiting a sales force, "增员
// 5000 人"): what the team puts in.
// The role before the count is the same hiring (tenth round, sets K and L: "招聘护理员 200 名", "招聘应届生
// 800 人"). 招募 stays out (SIGNED_UP_ZH reads it with its count).
// K7 (fourteenth round; sets V, Z and AA: "外聘教练 3 名", "校园招聘 100 人", "新招聘 15 名审核员"): the verbs of hiring are
// one class (外聘, 聘请 and 聘用 hire as 招聘 does), with 新 or the channel (校园, 社会) before them: the same headcount put in.
// A headcount's stock (品控人员从 30 人增加到 50 人) stays out: writers F, G and Q label it K3, K, V and AB K7.
const HIRED_ZH =
  /^(我们|我司|公司|团队)?(自己)?(新)?(校园|社会)?(招聘|新招|招到|增员|外聘|聘请|聘用)\s*\d+\s*(名|位|个|人)|^(新)?(校园|社会)?(招聘|新招|外聘|聘请|聘用)[^，,。；;\d%率]{1,8}?\s*\d+\s*(名|位|人)$|^招聘[^，,。；;\d]{1,8}[，,]\s*(团队|人员|队伍)?(扩|扩充|扩大|增加)(到|至)\s*\d+\s*(人|名)$/;
/** Teams formed, counted (ninth round: "组建 3 支区域服务团队"): an input, as headcount is. */
// Or by its heads (tenth round: "组建 30 人维修快响队").
const TEAMS_FORMED_ZH = /^(组建|成立|新建|搭建)\s*\d+\s*(支|个|人)(的)?[^，,。；;\d%]{0,8}(团队|小组|队伍|队|班组)$/;
/** Training delivered, counted by heads (ninth round: 培训 300 名安装师傅), the Chinese of `TRAINED`. */
// And training organised, counted by heads-times (tenth round: "组织分拣员防丢件培训 800 人次"): the
// teaching delivered, as 培训 300 名 is; 人次 of trainees, not 场 of events (EVENT_STAGED_ZH).
// And the training named first, counted by heads or heads-times (eleventh round, set L: "质检员培训" with
// 45 人次 in its fields, read as "质检员培训 45 人次"; the Chinese of "Managers trained: 400"): the same
// teaching delivered, whoever is taught. Not people signing up or attending of their own accord
// (报名, 参加: the customers' act) nor a share (率, 占比: NOT_A_DELIVERY_COUNT_ZH).
// K7 (fifteenth round, third part; set AJ's miss "布草更换流程 SOP 培训 300 人次", 80 → 300, as AD, AG, AH and V write "新员工岗前
// 培训 600 人次", "主播培训 5000 人次" and label them K7): what the training teaches may take a longer name (a process and its
// SOP) before 培训; the shape is the training counted by heads-times last, not the length of its name.
// K7 (sixteenth round; sets AE and AF: "经销商销售顾问培训覆盖 1200 人次", "安全培训覆盖人次" 300 → 900 人次, both K7, as R writes
// "骑手培训覆盖人数从 8000 人提高到 20000 人" and labels it K7): a training said to cover its heads or heads-times, counted, is the
// same teaching delivered as 培训 1200 人次; 覆盖 adds no share (率 stays out, a coverage to all is ROLLOUT_ZH's).
const TRAINED_ZH =
  /^(培训|轮训|认证)\s*\d+\s*(名|位|个|人|家)|^(组织|开展|完成)[^，,。；;\d%率]{0,10}?(培训|轮训)\s*\d+\s*(万|千)?\s*人次$|^(?![^，,。；;]*(报名|参加|参与|预约))[^，,。；;\d%率]{1,14}?(培训|轮训)(覆盖(的)?(人次|人数)?)?\s*[\d,.]+\s*(万|千)?\s*(人次|名|人)$|^(培训|轮训)[^，,。；;\d%率]{1,8}?\s*[\d,.]+\s*(万|千)?\s*(名|位|人|人次)$/;
/**
 * A staff team expanded (ninth round): 扩充, 扩招 and 扩编 are hiring said of the team ("客服坐席扩充 30 人").
 * A headcount that merely grows (检测师人数从 900 人增加到 1,200 人, 骑手人数) is the market's or the
 * business's size, K3's reading: the verb decides, not the role. 从 a 扩充到 b is that size's direction too
 * (README round 16b: 从…扩充到 is a stock's direction, K7 keeps the team's verb), so a headcount written
 * 从 80 人扩充到 120 人 is K3's size, not K7's hiring (G's 售后工程师, K's 研发人员, AP's 支持工程师).
 */
// K7 (seventeenth round; README round 17, "slips fixed against earlier decisions": s-zh 质检员从 20 人扩到 35 人 and aa-zh 销售人员从 20
// 人扩到 35 人, K3, as AK writes 主数据管理员从5人扩到12人, K3): 从 a 扩到 b reads as 从 a 扩充到 b, a headcount written as a size, so after 从
// only the verbs of hiring more (扩招, 扩编) keep the reading; 扩到 with no 从 ("客服团队扩到 60 人") is still the team expanded.
const TEAM_EXPANDED_ZH =
  /^[^，,。；;\d]{0,8}(工程师|技术员|客服|专员|顾问|药师|坐席|审核员|质检员|分析师|设计师|研发|销售|团队)(团队|人员|人数)?\s*(从\s*\d+\s*(人|名)?\s*(扩招|扩编)|(扩充|扩招|扩编|扩(?=到|至)))(到|至)?\s*\d+\s*(人|名)/;
/** Releases counted by the time (tenth round: "全年完成 4 次整车 OTA"): each a delivery, as 迭代 6 个版本 is. */
// The thing first, its iterations counted last (twelfth round, set O: "风控策略迭代上线 20 次", the word order of set
// K's "调度算法迭代 6 个版本"). Not how often the team ships (set O's "每日发布次数从 40 次提升到 80 次": a delivery
// frequency, clean) nor an iteration's length (迭代周期): 迭代 with its count must end the sentence.
const RELEASES_COUNTED_ZH =
  /^[^，,。；;\d]{0,4}?(完成|进行|推送|发布)\s*\d+\s*次[^，,。；;\d%率]{0,6}?(ota|升级|发版|版本|迭代)$|^[^，,。；;\d%率]{2,10}?迭代(上线|发布|发版)?\s*\d+\s*次$/;
/** Markets entered, counted: "进入 3 个新城市", "开拓 2 个新国家" (the Chinese of "Launch in 3 new cities"). */
// K7 (fourteenth round; sets U, AA and AB: "开城数量从 12 个增加到 15 个", "华东城市覆盖数" 6 → 14 个, "进入东南亚市场"): the same
// markets entered named as their count (开城数, 城市覆盖数, 覆盖城市数量: the places we launched in, counted as the name's
// last word), or entered as a task with no number, as S's "新开 5 个城市" and P's "覆盖城市从 20 个提升到 35 个" are read.
// Not people or customers in those cities (覆盖城市的用户数, 下沉市场新客数: 数 must follow the places), nor a share (率).
const MARKETS_ENTERED = new RegExp(
  `^(进入|开拓|新进入|开进|新开)\\s*\\d+\\s*个\\s*新?(城市|国家|市场|省份|地区)|^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d%率]{0,6}?(开城|(新开|进入|开拓|覆盖)(的)?(城市|国家|市场|省份|地区)|(城市|国家|省份|地区)覆盖)(数量|数)|^(进入|开拓|打入)[^，,。；;\\d%率的]{1,8}(市场|国家)$`,
);

/**
 * A network built out, counted (set F): "新建充电桩 8,000 个", "智能快递柜铺设从 2,000 组增加到 3,500 组",
 * "前置仓新增 80 个". The things installed are the team's; people added are not (新增 500 家商家).
 */
// K7 (fourteenth round; sets T, V, Y and Z: "古籍数字化 5000 册", "新购液压支架 40 架", "开行班列 200 列", "完成主体结构封顶 3 栋"):
// 册 (volumes), 架 (frames, aircraft, supports), 列 (trains) and 栋 (buildings) count the units of a thing as 台 and 座 do.
const MORE_UNITS_ZH = "册|架|列|栋";
const UNITS = `${PIECE}|台|座|组|块|家|处|根|${MORE_UNITS_ZH}`;
const BUILT_OUT = new RegExp(
  `^(新建|建成|铺设|安装|部署)(?!(新|付费|活跃|入驻)?(${PEOPLE_ZH}))[^，,。；;\\d]{1,10}\\s*[\\d,.]+\\s*(万|千)?\\s*(${UNITS})$`,
);
/**
 * K7 (tenth round): the same build-out with the count before the thing ("新建 300 座超充站", "铺设 2 万个
 * 地磁传感器", "驿站铺设智能货架 2000 组"), and the other verbs of putting our own equipment, fleet or
 * capacity out: buying it (新购, 采购, 购置), putting it on the street (投放), fitting it (加装), making it
 * in volume (量产), opening a site, a server or an account of ours (开设, 开通, 开新 …). Each counts what the
 * team puts in; what it changes for the customer is the outcome. Not people (新增 500 家商家, 开通会员:
 * the market answering), nor money (投放 500 万元 has no measure word of units).
 */
// 引进, 购买, 购入 (second part, set M: "引进 2 台在线测色仪") buy equipment as 采购 does.
// 新装 (twelfth round, third part, set R: "新装智能电表 8 万只") installs as 安装 and 加装 do, and 只 counts devices
// (meters, sensors, detectors) by the unit as 台 and 个 do.
// K7 (thirteenth round, second part; drawn from set T: "新开公交专用道 15 公里"): a line of ours built or laid, counted by
// its length (公里, 千米), is the build-out counted by the piece, as WORK_DONE_ZH reads 改造 or 更换 … 30 公里 (sets M, Q, R,
// S and T), and 新开 opens a lane or a route as it opens 20 条公交线路 (MADE_PIECES; 新开发 is 开发, read by its own
// patterns). Not a distance driven or inspected (巡检里程, 行驶里程: no verb of building opens the sentence).
// K7 (fourteenth round; set Z: "投产 4 台自动化轨道吊", "导入 AI 外观检测设备 10 台"): equipment commissioned (投产, 投用, 投运) or
// brought in (导入) is put in as it is bought, the Chinese twin of the English "commission" in `equipmentAcquired` (found on
// sets G, I, L and M). People brought in stay out (PEOPLE_ZH after the verb).
const PUT_OUT_VERB_ZH =
  "(新建|建成|铺设|安装|新装|部署|投放|新购|采购|购置|引进|购买|购入|导入|投产|投用|投运|加装|量产|开设|开通|新开(?!发)|开(?=新))";
// K7 (fifteenth round, third part; README decision "Items handed out are K6" (round 14b; set Q's "投放流量券 500 万张", relabelled
// K6 in round 15b, as F, J and the decision's own "发放优惠券 2000 万张" are)): vouchers, coupons and red packets put out
// (投放) are handed out to people, not equipment put on the street, whatever the verb, so the put-out reading leaves them.
const HANDED_OUT_VOUCHERS_ZH = "(?![^，,。；;]*(券|红包))";
const BUILT_OUT_COUNT_FIRST = new RegExp(
  `^${HANDED_OUT_VOUCHERS_ZH}[^，,。；;\\d]{0,4}?新?${PUT_OUT_VERB_ZH}\\s*(了)?\\s*[\\d,.]+\\s*(万|千)?\\s*(${UNITS}|辆|台|个|只)(?!\\s*(新|付费|活跃|入驻)?(${PEOPLE_ZH}))[^，,。；;\\d%率]{0,12}$|^${HANDED_OUT_VOUCHERS_ZH}[^，,。；;\\d]{0,4}?新?${PUT_OUT_VERB_ZH}(?!(新|付费|活跃|入驻)?(${PEOPLE_ZH}))[^，,。；;\\d%率]{1,10}?\\s*[\\d,.]+\\s*(万|千)?\\s*(${UNITS}|辆|台|个|只|公里|千米)$`,
);
/**
 * K7 (tenth round, set L: "地推发放传单 50 万张", "配发设备 1500 台", "张贴增值服务宣传海报 3000 张", "捐建图书角
 * 300 个"; second part, set M: "安全宣传海报张贴 300 张", the piece named first): printed pieces or equipment handed out, posted or donated, counted, are what the team puts
 * out, as a build-out is. Not vouchers, red packets or money (优惠券发放量 is K6 in sets F and J, 新人红包 K7
 * in K: writers split, so this leaves them), nor people.
 * Fourteenth round (README decision "Items handed out are K6", round 14b; K, L, Q, V, Y and Z: "地推发放传单 50 万张",
 * "发放宣传单 5 万份", "发放营养餐 50 万份", "发放电子药盒 500 个"): things handed out to people (发放, 派发, 分发) are K6's
 * activity, as a letter sent is, so those verbs are no longer read. Equipment issued to our own people (配发设备 1500 台,
 * set L) or donated (捐赠医疗设备 200 台, set Y), posted, printed or built stays K7.
 */
// K7 (sixteenth round, part 2; set AF's miss "印制团长招募海报 5 万张", K7, printed as AB's "招生简章印刷 1 万份", AJ's "印制宴请菜单
// 3000 份" and AK's "内刊印制1.2万份" are, each K7): people named before the printed piece (海报, 传单, 手册 …) say what it is about
// or whom it is for, as 专享 does (PIECES_MADE), not who is given something.
const PRINTED_PIECE_ZH = "海报|传单|手册|宣传|折页|单页|菜单|简章|画册|易拉宝";
const HANDED_OUT_ZH = new RegExp(
  `^(?![^，,。；;]*(券|红包|补贴|奖励|贷款|积分|元|(${PEOPLE_ZH})(?![^，,。；;\\d]{0,4}?(${PRINTED_PIECE_ZH}))))[^，,。；;\\d]{0,8}?(配发|张贴|印制|印刷|捐建|捐赠)[^，,。；;\\d%率]{0,10}?\\s*[\\d,.]+\\s*(万|千)?\\s*(${PIECE}|台|个|张)[^，,。；;\\d%率]{0,8}$`,
);

/**
 * K7 (fifteenth round; sets Y and AB: "加开列车 200 列次", "增开高峰加班车 200 列次", both labelled K7, as set Q writes "增开安检通道 4
 * 条" and labels it K7): 加开 and 增开 open more of a service of ours (runs, lanes, counters), the capacity the team adds,
 * whatever measure word counts it, as 新开 and 开通 open routes (sets K, M, R, V and AB: "新开通公交线路 8 条"). The verb
 * decides: runs counted with no such verb (配送车次, 执法检查车次, 出车次数: sets S, Y and AD) stay K6's activity.
 */
const OPENED_MORE_ZH =
  /^(加开|增开)[^，,。；;\d%率]{1,10}?\s*[\d,.]+\s*(万|千)?\s*(列次|班次|车次|架次|航次|趟|班|列|条|个|间|台|处|道)$/;

/**
 * Our own places expanded (tenth round: "门店从 60 家扩张到 80 家"): 扩张, 扩店 and 开到 said of our sites
 * are opening them (PLACES_OPENED), as 扩编 is hiring said of a team. A count of sites that merely
 * grows (门店数) is the business's size, K3's reading: the verb decides.
 */
const PLACES_EXPANDED_ZH =
  /^[^，,。；;\d]{0,6}?(门店|店|分店|网点|站点|仓|前置仓|诊所|药房|药店|门诊|餐厅|校区|服务站|营业厅)(数|数量)?\s*从\s*\d+\s*(家|个|座|所)?\s*(扩张|扩店|扩展|开)(到|至)\s*\d+/;
// K7 (thirteenth round; drawn from set R: "门店新增收银台 200 个"): the thing put in may be named between the verb and
// its count, as BUILT_OUT_COUNT_FIRST reads "驿站铺设智能货架 2000 组" (sets I and L), the count then ending the sentence.
// Not the business's volume or the customers' acts put there (订单, 会员, 收藏 …: PEOPLE_ZH, ADDS_VOLUME's words).
const BUILT_OUT_FIRST = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d]{0,9}(仓|站|柜|桩|店|网点|基站|设备|终端|机|屏)(新建|建成|铺设|安装|部署|新增)((数量|量)?\\s*(从\\s*)?[\\d,.]+\\s*(万|千)?\\s*(${UNITS})|(?![^，,。；;]*(订单|交易|包裹|工单|收藏|点赞|评论|关注|下载|注册|销量|sku))[^，,。；;\\d%率]{1,6}?\\s*[\\d,.]+\\s*(万|千)?\\s*(${UNITS})$)`,
);

/**
 * K7 (eleventh round, sets J and K: "座舱功能数从 120 个增加到 200 个" under 追平 … 的全部功能, "Features on par
 * with the competitor's app", "Sales Cloud features we also have"): the product's features counted, the
 * Chinese of "number of features" (OUTPUT_METRIC): what the team builds, whatever the objective. Not the
 * features people use (使用, 启用, 开通, 用过: adoption, an outcome), nor per person or a share
 * (人均, 率: NOT_A_DELIVERY_COUNT_ZH).
 */
// And the gap to a rival's list (second part, set M: "功能数量与竞品差距从 12 项缩小到 4 项", the Chinese of
// "Features … we lack from 14 to 3" and of set 06's "features HubSpot has that we lack").
// K7 (sixteenth round; set AE's misses "城市 NOA 功能点从 14 个增加到 30 个", "线上保全功能从 24 项增加到 40 项", K7, beside zh's "将交付
// 的功能数从 40 个增加到 55 个" and K's "座舱功能数从 120 个增加到 200 个"): the features counted need not say 数, and may be counted by
// the feature point (功能点) or the item (项): the same build counted upward.
const FEATURES_COUNTED_ZH = new RegExp(
  `^(?![^，,。；;]*(使用|启用|开通|用过|体验|${PEOPLE_ZH}))[^，,。；;\\d]{0,8}?(功能|特性)(点|模块)?(数|数量|个数)?\\s*(从|由)?\\s*\\d+\\s*(个|项|款)?\\s*(增加|提升|提高|扩充|扩展|增长)?\\s*(到|至)\\s*\\d+|^(?![^，,。；;]*(使用|启用|开通|用过|体验|${PEOPLE_ZH}))[^，,。；;\\d]{0,8}?(功能|特性)(数|数量|个数|清单)?(与|和|跟|同)[^，,。；;\\d%]{1,10}?(的)?差距`,
);

/**
 * K7 (second part, set Q: "补齐 15 个缺失功能"): features counted before the word 功能 or 特性 that ends the sentence
 * are the team's build whatever the verb, as every such KR of writers zh, 07, B, G, L, M and O is labelled (上线, 交付,
 * 推送, 下线 with their count: COUNTED_ZH lists the verbs, the object decides). Not features people use (使用, 常用,
 * 体验: adoption) nor people.
 */
const FEATURES_MADE_ZH = new RegExp(
  `^(?![^，,。；;]*(使用|启用|开通|用过|常用|体验|${PEOPLE_ZH}))[^，,。；;\\d%率]{1,8}?\\s*\\d+\\s*(个|项|款)[^，,。；;\\d%率]{0,8}(功能|特性)$`,
);

/**
 * K7 (eleventh round; the Chinese of "Install tap readers on 400 buses", "Retake listing photos for 300
 * properties", "Fix all 140 open WCAG AA issues", sets J, K and L): a verb of physical or repair work on
 * our own things, counted, or done at a number of our places, is a task list the team works through.
 * Not the customers' work items (投诉, 工单, 报修, 订单, 咨询: K6's handling or the business's volume), nor
 * people (PEOPLE_ZH), a share or a time.
 */
// 改造, 改建 (second part, set M: "改造 4 个告别厅", "改造老旧管网 30 公里"): our own places or pipes rebuilt,
// counted, as 翻新 and 改装 are; the thing may come before its count, as 铺设 … 公里 does.
// K7 (fourteenth round; sets V and Z: "适老化改造网点 120 家", "FTTR 改造完成 5 万户"): the kind of work may come before its verb
// and 完成 after it, and 户 counts the homes our network was reworked in; every writer who counted 改造 labelled it K7 (sets
// 08, J, K, L, M, Q, S, V and Z). Found on two writers: kept as the Chinese twin of the English `workDone` (refurbishing and
// work on our own things, found on H, J, K, L, P and Q).
const WORK_VERB_ZH =
  "(改造|改建|安装|加装|换装|改装|更换|修复|修缮|维修|重拍|补拍|清理|清除|整改|翻新|粉刷|张贴|数字化|扫描|贴上)";
const WORK_UNIT_ZH = "(个|家|辆|台|座|所|套|处|条|根|块|间|张|本|份|项|公里|千米|米|户)";
const WORK_DONE_ZH = new RegExp(
  `^(?![^，,。；;]*(投诉|工单|报修|订单|咨询|${PEOPLE_ZH}))((在|为|给)\\s*(全部|所有)?\\s*[\\d,.]+\\s*(万|千)?\\s*${WORK_UNIT_ZH}[^，,。；;%率\\d]{0,10}?${WORK_VERB_ZH}[^，,。；;%率\\d]{1,12}|${WORK_VERB_ZH}\\s*(全部|所有)?\\s*[\\d,.]+\\s*(万|千)?\\s*${WORK_UNIT_ZH}[^，,。；;%率\\d]{1,16}|${WORK_VERB_ZH}[^，,。；;%率\\d]{2,10}?\\s*[\\d,.]+\\s*(万|千)?\\s*${WORK_UNIT_ZH}|[^，,。；;\\d%率]{1,6}?${WORK_VERB_ZH}(完成)?[^，,。；;%率\\d]{0,10}?\\s*[\\d,.]+\\s*(万|千)?\\s*${WORK_UNIT_ZH})$`,
);

/**
 * K7 (eleventh round, set K: "售后网点覆盖从 120 个城市扩展到 300 个城市"): our own service points reaching more
 * cities, the Chinese of "Launch in 3 new cities" (MARKETS_ENTERED): how far the network was built out.
 * Not users or customers covered, nor a share.
 */
// K7 (twelfth round, set P: "上门取送车服务覆盖城市从 20 个提升到 35 个"): a service of ours said with the places it
// covers named before their count, the same reach counted upward as set K's 网点覆盖 … 城市 and sets I and J's
// 服务覆盖 20 个城市 (PLACES_REACHED_ZH); 服务 before 覆盖 only with the places named right after it.
// K7 (sixteenth round; set AE's miss "漫游包覆盖国家和地区从 180 个增加到 220 个", K7, as K's 网点覆盖 … 城市 and P's 服务覆盖城市 are): a
// product or package of ours (包, 套餐, 产品, 功能, 业务) covering places counted upward is the same launch's reach, and the places
// may be named in pairs (国家和地区).
const NETWORK_REACH_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d]{0,6}?(网点|门店|服务站|站点|仓|服务网络|配送网络)(的)?覆盖[^，,。；;%率\\d]{0,4}?(从|由)?\\s*\\d+\\s*个?\\s*(城市|区县|地市|省份|省|国家|县)[^，,。；;%率\\d]{0,6}?(扩展|扩大|增加|提升|拓展|扩充)(到|至)\\s*\\d+|^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d%率]{0,10}?(服务|网点|门店|服务站|站点|服务网络|配送网络|包|套餐|产品|功能|业务)(的)?覆盖(的)?(城市|区县|地市|省份|国家)((和|及|与|、)(地区|城市|区县))?(数|数量)?\\s*(从|由)\\s*\\d+\\s*个?[^，,。；;%率\\d]{0,6}?(扩展|扩大|增加|提升|提高|拓展|扩充)(到|至)\\s*\\d+`,
);

/**
 * K7 (eleventh round): Chinese often names an output as a noun phrase with a count and no verb. A launch's
 * reach in places, the count ending the sentence ("服务覆盖 20 个城市", "新版 App 覆盖 20 个城市", "业务拓展到 20
 * 个城市": the Chinese of "Launch in 3 new cities", as sets I and J's 覆盖全部 12 个地市 are K7). Not people
 * or customers covered (用户覆盖, 学校, 医院: the market, set F's 学校覆盖数 is K3), nor a metric the places
 * qualify ("覆盖 20 个城市的用户满意度": the count does not end the sentence).
 */
/**
 * K7 (second part, set M: "覆盖 120 个行政村的助农服务点", 80 → 120): our service points named last with the
 * places they reach counted, the same build-out as NETWORK_REACH_ZH said the other way round.
 */
const POINTS_REACHING_ZH =
  /^(新)?覆盖\s*\d+\s*个[^，,。；;\d%率]{0,6}?(村|乡镇|镇|街道|社区|城市|区县|地市)的[^，,。；;\d%率]{0,8}?(服务点|网点|服务站|站点|门店|驿站)$/;
// K7 (sixteenth round, part 2; set AF's miss "预测模型上线 3 个品类", 0 → 3 个, K7): a thing of ours put live (上线) in a number of
// places or of the business's categories (品类) is the same rollout's reach, the thing named first, as U writes "在 40 个城市上线车道
// 级导航", G "在 3 个区县完成线上贷款推广" and AE "装维 App 覆盖全部 23 个区县" (each K7).
const PLACES_REACHED_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}|学校|医院|学生|居民))[^，,。；;\\d]{0,10}?新?(覆盖|拓展到|扩展到|铺开到|推广到|上线(到|至)?)\\s*(全部)?\\s*\\d+\\s*个\\s*(新)?(城市|区县|地市|省份|省|国家|市场|县|区|品类)$`,
);
/**
 * New things of ours counted with the count last and no verb ("新功能 12 个", "新门店 8 家", "新课程 20 门"):
 * 新 on the thing is its making, as 新增 is (新增, 新开, 新建 … are read by their own patterns: 新增收藏 is
 * users' saves). Not new people (新用户, 新客户: acquisition, PEOPLE_ZH) nor the
 * business's volume (订单, 交易, 包裹), a share or a total.
 */
const NEW_THINGS_COUNTED_ZH = new RegExp(
  `^新(?!增|开|建|签|招|客|注册|入驻|(${PEOPLE_ZH}|用户|客户|订单|交易|包裹))[^，,。；;\\d%率]{1,8}?\\s*\\d+\\s*(${PIECE}|家|座|台)$`,
);
/**
 * Content counted by the piece with the count last and no verb ("短视频 30 条", "教程 12 个"): pieces the
 * team makes, as "媒体报道 10 篇" (COUNTED_ZH) is with 篇. Not messages (短信 … 条: K6's outreach, not in the
 * list) nor what users post (PEOPLE_MAKING, read before).
 */
const CONTENT_COUNTED_ZH =
  /^[^，,。；;%率\d]{0,8}?(视频|短视频|笔记|帖子|推文|文章|海报|案例|教程|白皮书|播客|图文)\s*\d+\s*(条|个|支|篇|张|份|期|集)$/;

/**
 * K7 (twelfth round; sets H, I, K and P: "签约 200 名儿科医生入驻答疑", "签约入驻医生 8000 名", "合作驾校签约 300 家",
 * "新签约合作社 80 家", "签约新作者 1500 名", "引入 50 家品牌直供商", "招募新骑手 1 万名", "新招募渠道伙伴 40 家"): a verb of
 * signing or recruiting (签约, 招募, 引入) with a head count is the supply the team brings in, its input, as
 * hiring is (HIRED_ZH): every writer who wrote the verb with its count labelled it K7. The noun of the same
 * act ("签约酒店数从 6.5 万家增加到 7 万家", "新招募司机数", "新招募团长数从 2000 人到 5000 人") is the size of the
 * network, K3's reading in sets F, H, K and O, so the verb must open the sentence or end it with its count,
 * with no 数 and no "from … to". Not customers signed ("签约 50 家德国客户", "新签约加盟门店 300 家": selling is
 * the outcome), nor a share.
 */
// Institutions are as often the customers a sales team signs (医院, 学校, 酒店 for a SaaS seller; set F's 签约酒店数
// is K3) and are left out with them.
const SIGNED_CUSTOMERS_ZH =
  "客户|用户|买家|卖家|会员|商户|商家|门店|加盟|店铺|企业|学员|家长|患者|居民|订单|医院|学校|酒店|工厂|机构|单位|银行|园区|景区|政府";
// K7 (thirteenth round, second part; drawn from set T: "新开发供应商 12 家"): 开发 said of suppliers, dealers or
// channels is business development, the same bringing in of supply as 签约 and 招募, not a thing built (开发 on a
// product is MADE_PIECES'); the noun form with 数 (set C's "新开发经销商数") stays out as 签约酒店数 does.
const SUPPLY_ZH = "供应商|经销商|代理商|分销商|服务商|渠道商|渠道|合作伙伴";
// K7 (sixteenth round; set AE's miss "签约经销商 0→3 家", K7): the count may be written from nothing with an arrow, the same count added.
// K7 (seventeenth round; set AM's miss "新开发挂靠车队300家", K7): 开发 with the businesses it brings in counted by 家 at the end is business
// development whatever they are called (fleets, bases, dealers), as T and V write "新开发供应商 12 家", "新开发供应商 40 家" (K7): the verb and
// 家 decide, not a list of partners; customers (SIGNED_CUSTOMERS_ZH) stay out.
const SIGNED_UP_ZH = new RegExp(
  `^(?![^，,。；;]*(${SIGNED_CUSTOMERS_ZH}|从|数))(新)?(签约|招募|引入|签下|开发(?=\\s*[\\d,.]*\\s*(家|个)?\\s*(新)?(${SUPPLY_ZH})|[^，,。；;\\d%率]{1,8}?\\s*[\\d,.]+\\s*(万|千)?\\s*家$))(新)?(\\s*[\\d,.]+\\s*(万|千)?\\s*(家|名|位|个)[^，,。；;\\d%率]{1,10}|[^，,。；;\\d%率]{1,10}?\\s*(0\\s*(→|->)\\s*)?[\\d,.]+\\s*(万|千)?\\s*(家|名|位|个|人))$|^(?![^，,。；;]*(${SIGNED_CUSTOMERS_ZH}|从|数))[^，,。；;\\d%率]{2,8}?(签约|招募|引入)\\s*[\\d,.]+\\s*(万|千)?\\s*(家|名|位)$`,
);
/**
 * K7 (sixteenth round, part 3; sets AO, AI and AP: "东南亚新签经销商8家", "新签售后服务商110家", "新签家装公司渠道商25家", "新签经销商 40 家"
 * with no values, "新招募区域代理商从35家增加到60家", "新招募MSSP伙伴从30家增加到50家", each K7, as P's "新招募渠道伙伴 40 家" and AE's "签约经销商
 * 0→3 家" are): dealers, agents, service providers, channel partners and partners who sell our product or serve for us, brought in
 * with the team's verb of signing or recruiting something new (新签, 新签约, 新招募, 招募, 新引入) and counted by 家, are the supply the
 * team adds (README decisions "People the team recruits are K7" and "A stock is not K7 without the team's verb": 新签 and 招募
 * keep K7 from one number to another). A region may come first (东南亚, 欧洲). Not a size named with 数 (K's "新签渠道数从 12 家提升到 30
 * 家", K3), customers or businesses that sell through us (SIGNED_CUSTOMERS_ZH), nor retailers and supermarkets (商超, 零售商: where
 * our goods are listed, round 14's listings won), which SUPPLY_ZH does not name.
 */
const SUPPLY_SIGNED_ZH = new RegExp(
  `^(?![^，,。；;]*(${SIGNED_CUSTOMERS_ZH}|数|率|占比|比例|商超|零售))[^，,。；;\\d%]{0,6}?(新签约?|新招募|招募|新引入)[^，,。；;\\d%]{0,8}?(${SUPPLY_ZH}|伙伴)\\s*((从|由)\\s*\\d+\\s*家\\s*(增加|提升|提高|扩大)?\\s*(到|至)\\s*)?\\d+\\s*家$`,
);

/**
 * K7 (fifteenth round, third part; README decision "A partner network written as a size is read for K3" (round 15b), set Z's
 * false alarms "签约基地" 15 → 30 个 and "签约牧场" 40 → 55 个, clean as V's "直付合作医院从 80 家增加到 200 家" and AG's "合作宠物
 * 医院数量从 800 家增加到 1500 家" are): 签约 opening a bare noun with no count of its own, its values a stock moving from one
 * size to another in the fields, is "signed" said of the network (the bases we have signed), a size, not the verb of
 * signing a count added ("签约 30 个基地", "新签约基地 15 个", read by SIGNED_UP_ZH); no tuning set labels such a title K7
 * (Y's 签约人数 K5, AA's 签约连锁品牌门店数 clean). The caller asks for a baseline above zero and a target above it.
 */
const SIGNED_NETWORK_SIZE_ZH = /^签约[^，,。；;\d%率]{1,8}$/;
export const signedNetworkSizeZh = (title: string, baseline: number | null, target: number | null): boolean =>
  baseline !== null &&
  baseline > 0 &&
  target !== null &&
  target > baseline &&
  SIGNED_NETWORK_SIZE_ZH.test(withoutLeadingTime(title));
/**
 * K7 (fifteenth round, README decision "People the team recruits are K7; a headcount is K3"; sets O, Y, AC, AG and AH:
 * "新招募司机数" and "新招募团长数从 2000 人到 5000 人" in O, "志愿者招募人数" in Y, "新签主播 800 人" in AC, "本季增员 8000 人到
 * 12000 人" in AG, "青训营招募选手 60 人" and "新增签约创作者 300 名" in AH): people the team recruits, counted upward with its
 * own verb of recruiting (招募, 招聘, 新招, 增员, 新签, 签约 with people), are an initiative under a KR (docs/method.md K7),
 * whether the count follows the verb, the noun names it (…数, …人数) or the fields hold it: the verb decides, not the word
 * order that HIRED_ZH and SIGNED_UP_ZH read (verb first, count last, no 数). A headcount written as a size (骑手人数,
 * 促销员人数: no verb of recruiting) is K3's; customers and merchants signed (SIGNED_CUSTOMERS_ZH: sales, or sellers
 * onboarded, undecided) stay out; so do what the recruits then do and how recruiting goes (留存, 在岗, 活跃, 转正, 离职, 成本,
 * 周期, a share or rate: clean), applications received (投递, 报名: demand), a fair (招聘会: an event, read as one) and
 * positions, channels or adverts (岗位, 渠道, 广告: not people), and totals (总, 累计: K5's). 签约 and 新签 name people only with
 * their head count after them (名, 位, 人): 签约基地 and 签约酒店数 are businesses signed, and 签约人数 counts residents or
 * customers signing up with us (README decision "People registered, counted bare, are K5").
 */
const NOT_RECRUITED_ZH = `${SIGNED_CUSTOMERS_ZH}|总|累计|率|占比|比例|留存|在岗|活跃|仍|转正|流失|离职|成本|费用|周期|时长|满意|合格|投递|报名|简历|人均|会|岗位|职位|需求|渠道|广告|jd|平台|页面`;
const HEADS_ZH = "\\s*[\\d,.]+\\s*(万|千)?\\s*(名|位|人)";
const RECRUITED_ZH = new RegExp(
  `^(?![^，,。；;]*(${NOT_RECRUITED_ZH}))[^，,。；;\\d%]{0,6}?((招募|招聘|新招|增员)[^，,。；;\\d%]{0,8}?((人数|数|数量)(\\s*(从|由)${HEADS_ZH}?\\s*(增加|提升|提高|扩大)?\\s*(到|至)${HEADS_ZH}?)?|${HEADS_ZH}(\\s*(到|至|→)${HEADS_ZH})?)|(新签约?|签约)[^，,。；;\\d%数]{1,8}?${HEADS_ZH}(\\s*(到|至|→)${HEADS_ZH})?)$`,
);
/** People the team recruits, counted upward or written with no values (the title with its fields' count), quoted, or null. */
export function recruitedZh(title: string, baseline: number | null, target: number | null): string | null {
  if (baseline !== null && target !== null && target <= baseline) return null;
  return RECRUITED_ZH.exec(withoutLeadingTime(title))?.[0] ?? null;
}
/**
 * K7 (twelfth round, set P: "研发经理完成管理培训人数从 15 人提升到 60 人", "班组长完成带教培训人数从 40 人提升到
 * 200 人"): our staff trained, counted by heads upward, the noun-first form of TRAINED_ZH's training counted by
 * heads (sets F, K and L: 培训 300 名, 质检员培训 45 人次): the teaching delivered. Not customers, learners or
 * users completing a course (PEOPLE_ZH: their outcome), nor a share.
 */
// K7 (thirteenth round, second part; drawn from set R: "职业培训人次从 3000 提升到 8000", found on P's two): the training
// named with its heads or heads-times counted upward needs no 完成, as TRAINED_ZH's "质检员培训 45 人次" needs none; 认证
// keeps its 完成 (认证人数 alone may count people certified of their own accord). Not sign-ups (set B's "培训报名人次").
// K7 (fourteenth round, README decision "Training our own people is K7"; sets F, K and M, the Chinese twin of the English
// training hours delivered): the training's hours (课时, 时长, 学时) counted upward from a base in hours ("培训课时从 2000 小时
// 增加到 5000 小时", "保障人员培训时长从 1200 小时提高到 2000 小时") and the training counted in heads-times after 从 ("安全教育培训从 1500 人次增加到 2500 人次") are the same teaching delivered. Not the learner's own time
// (播放, 观看, 学习: "线上培训课程播放时长人均", K6), the time a training takes cut (所需: "上手所需培训时长从 3 天缩短到 1 天"), nor
// tutoring customers (课后辅导课时: no 培训).
// K7 (seventeenth round; sets AM, AN and AP's misses "骑手安全培训从2000人次增加到8000人次", "团长培训课程完成人次从5000增加到12000",
// "培训任课教师从500人次增加到1500人次", "伙伴认证课程完成人次从100提升到260", each K7): training our own staff or partners counted in
// heads-times upward is the teaching delivered (README decision "Training our own people is K7": "staff, volunteers or partners"),
// whoever the partners are, as TRAINING_NAMED_ZH and TRAINING_HOURS_LAST_ZH read them: riders, group leaders, hosts and dealers are
// trained by us (A to AP count "主播培训 5000 人次", "志愿者培训 2000 人次", "骑手培训覆盖人数" and label every one K7). Only the product's
// learners and customers stay out (学员培训: the service sold). The heads-times may follow the people trained (培训任课教师从 500 人次,
// the verb and its object, as "培训客服 300 人次" is written with its count last) or the course completed (培训课程完成人次, 认证课程完成人次).
const TRAINED_COUNT_ZH =
  /^(?![^，,。；;]*(学员|学生|孩子|用户|客户|会员|家长|患者|居民|报名|参加|播放|观看|学习|所需))(([^，,。；;\d%率]{1,10}?完成[^，,。；;\d%率]{0,8}?(培训|轮训|带教|认证)|[^，,。；;\d%率]{0,10}?(培训|轮训|带教|认证课程)(课程)?(完成)?)(的)?(人数|人次)\s*(从|由)\s*\d+|[^，,。；;\d%率]{0,10}?(培训|轮训)(课时|时长|学时)(数)?\s*(从|由)\s*[\d,.]+\s*(万|千)?\s*(小时|学时|课时)|[^，,。；;\d%率]{0,10}?(培训|轮训)[^，,。；;\d%率]{0,8}?\s*(从|由)\s*[\d,.]+\s*(万|千)?\s*人次)/;

/**
 * K7 (fourteenth round, README decision "Training our own people is K7": hours delivered; sets M, Y and AB: "设计人员人均
 * 培训 40 学时" 16 → 40, "护士培训时长" 2000 → 3000 小时, "训练课时数" 800 → 1000 课时): the training's hours named with the
 * values in the fields, or per person with the target in the title, are the hours delivered that TRAINED_COUNT_ZH reads
 * with 从 (sets F, I, K and M). 训练 only with class hours (课时, 学时): a 训练时长 may be the learner's own exercise (K6's time
 * spent). Not the learner's own time (PEOPLE_ZH, 学习, 播放 …), a model trained (模型, 算法), nor hours cut.
 */
const NOT_OUR_TRAINING_ZH = `(?![^，,。；;]*(${PEOPLE_ZH}|学生|孩子|报名|参加|播放|观看|学习|所需|模型|算法))`;
const TRAINING_HOURS_ZH = new RegExp(
  `^${NOT_OUR_TRAINING_ZH}[^，,。；;\\d%率]{0,10}?((培训|轮训)(课时|时长|学时)|训练(课时|学时))(数)?$`,
);
const HOURS_PER_HEAD_ZH = new RegExp(
  `^${NOT_OUR_TRAINING_ZH}[^，,。；;\\d%率]{0,10}?人均(培训|轮训)\\s*[\\d,.]+\\s*(学时|小时|课时)$`,
);
// K7 (fifteenth round, second part; sets AC and AH: "主播培训课时 2000 小时" with no unit, "美术人员培训 300 课时"): the training's
// hours with the count written last are the same teaching delivered as I's, K's, M's and Y's hours from a base (README
// decision "Training our own people is K7"), whatever the unit field says. Our partners (主播, 司机, 团长) are trained by us,
// as TRAINING_NAMED_ZH reads them; the product's learners and customers are not.
/** A count that grows: a target above its baseline, or a target with no baseline. */
const growsZh = (baseline: number | null, target: number | null): boolean =>
  target !== null && (baseline === null || target > baseline);
const TRAINING_HOURS_LAST_ZH =
  /^(?![^，,。；;]*(学员|学生|孩子|用户|客户|会员|家长|患者|居民|报名|参加|播放|观看|学习|所需|模型|算法))[^，,。；;\d%率]{0,10}?(培训|轮训)(课时|时长|学时)?(数)?\s*[\d,.]+\s*(万|千)?\s*(小时|学时|课时)$/;
export function trainingHoursZh(
  title: string,
  unit: string,
  baseline: number | null,
  target: number | null,
): string | null {
  if (!growsZh(baseline, target)) return null;
  const text = withoutLeadingTime(title);
  // K7 (fifteenth round, third part; set AK's miss "模拟器培训课时2000→4000小时", K7): the hours named with their values
  // written after the name (an arrow or 到) are the hours from a base that F, I, K and M write with 从 (TRAINED_COUNT_ZH), so
  // the name is read with the values stripped, as metricHeadZh reads a head (VALUES_AFTER_ZH).
  const hours = /^(小时|学时|课时|h)$/i.test(unit.trim());
  const named = hours
    ? (TRAINING_HOURS_ZH.exec(text) ?? TRAINING_HOURS_ZH.exec(text.replace(VALUES_AFTER_ZH, "")))
    : null;
  return (named ?? HOURS_PER_HEAD_ZH.exec(text) ?? TRAINING_HOURS_LAST_ZH.exec(text))?.[0] ?? null;
}
/**
 * K7 (fifteenth round, README decision "Training our own people is K7"; sets V and AC: "厨师培训" with no values, "安全培训"
 * 60000 → 100000 and "新司机带教" 5000 → 9000 with no unit, each labelled K7, as L and AA write "质检员培训" 0 → 45 人次 and
 * "代理商培训" 6 → 20 场 and label them K7): a title that is only a training named (培训, 轮训, 带教 last), with its count
 * growing in the fields or no values at all, is the teaching delivered, whatever the fields leave out (the unit that
 * countedTitleZh reads). Our staff and partners (司机, 主播, 团长 …) are trained by us; the product's paying learners and
 * customers are not (学员培训: the service sold, its sessions K6's or the business's volume), nor fewer trainings.
 */
const TRAINING_NAMED_ZH =
  /^(?![^，,。；;]*(学员|学生|孩子|用户|客户|会员|家长|患者|居民))[^，,。；;\d%率]{0,8}?(培训|轮训|带教)$/;
// Only with no unit: heads and sittings in the unit field are read by countedTitleZh, hours by trainingHoursZh, and a
// percent is a share of people trained (the eleventh round's trap "店长培训" in %: a coverage, not a count).
export function trainingNamedZh(
  title: string,
  unit: string,
  baseline: number | null,
  target: number | null,
): string | null {
  const none = baseline === null && target === null;
  if (unit.trim() !== "") return null;
  if (!none && (target === null || baseline === null || target <= baseline)) return null;
  return TRAINING_NAMED_ZH.exec(withoutLeadingTime(title))?.[0] ?? null;
}
/**
 * K7 (twelfth round, set P: "OTA 推送新功能 12 项"): features pushed or released, the count last, the word-order
 * twin of "上线 30 项新功能", "OTA 上线 15 项对标功能", "上线 8 项对齐功能" (sets G, L and O, COUNTED_ZH). 推送 here
 * carries a feature, not a message (K6's 推送 … 条).
 */
const FEATURES_OUT_ZH = /^[^，,。；;\d%率]{0,6}?(推送|下发|上线|发布|交付)\s*新?(功能|特性)\s*\d+\s*(项|个|款)$/;

/**
 * K7 (twelfth round, sets L and M: "仓储面积从 12 万平方米扩充到 20 万平方米", "造林面积 5 万亩", beside M's "建成 2000 平方米
 * 冷库"): the area of our own building or planting, counted in square metres, mu or hectares, is the work done
 * or the capacity built, as a count of sites built is (BUILT_OUT). Only a making word before 面积 (造林, 绿化,
 * 新建, 扩建, 仓储 …) and the area ending the sentence: not an area's yield or cost (亩产, 每亩), nor a cut.
 */
const AREA_BUILT_ZH =
  /^[^，,。；;\d%率]{0,6}?(造林|植树|绿化|复垦|新建|扩建|建成|改造|仓储|仓库|厂房|冷库)面积\s*((从|由)\s*[\d.,]+\s*(万)?\s*(平方米|亩|公顷)?\s*(扩充|扩建|扩大|增加|提升|提高)?\s*(到|至)\s*)?[\d.,]+\s*(万)?\s*(平方米|亩|公顷)$/;

/**
 * K7 (twelfth round, second part; drawn from set Q, "布置练习卷 40 套", "采买短剧 200 部", "增开安检通道 4 条", "自助机
 * 100 台", "全年新闻稿件 1 万条", "新开课程 40 门", and found too on writers I, K, L and M: "每月寄出绘本 12 万套",
 * "发放新人红包 200 万个", "精益改善提案 300 条", "申请专利 10 项"): a title that is only a thing and its count by the
 * measure word of pieces or units, with no metric's word, counts what the team makes, buys, opens or hands out,
 * whatever the verb (or none): the readings above list verbs and nouns, and each new writer brings another. The
 * count must end the sentence and grow. What such a count is when it is not output, each a class the writers
 * label otherwise: a metric's own word (率, 数, 量, 额, 总, 累计, 人均), our outreach and contacts (短信, 消息, 推送,
 * 拜访, 上门: K6), what the business handles or sells (处理, 工单, 订单, 运输, 销售: K6's or K3's), what comes to us
 * (收到, 获得, 发现, 拦截: results), what users do or who joins us (收藏, 下载, 注册, 入驻: ADDS_VOLUME's and
 * ADDS_PEOPLE's), goods taken down for breaking the rules (BAD_GOODS_ZH: moderation), a change verb or values (达到,
 * 提升, 从 … 到), defects, and people or the customers' organisations (PEOPLE_ZH, SIGNED_CUSTOMERS_ZH: acquisition).
 */
// K7 (thirteenth round, third part; set V's "审核病历 2 万份" and U's "预约外教课 2000 节"): checks and audits done, counted by
// the piece, are K6's activity (sets K, R and V: 审核合同 3000 份, 合同审核量), as HELD_COUNTED_ZH and CHECKS_DONE_ZH leave them;
// bookings (预约, 预订) are what customers do, as sign-ups (报名) are.
// K7 (fourteenth round; set Y's false alarm "手术台次" with 36000 台 in its fields, labelled K3): a count of times named by
// its measure word and 次 (台次, 人次, 车次, 架次, 班次) or 次数 counts what happens, not pieces, whatever the unit field says.
// K7 (fourteenth round, README decision "Items handed out are K6"): things handed out or sent out to people (发放, 派发, 分发,
// 发出, 下发: "发放新人红包 200 万个", "发放优惠券 2000 万张", "风险自查问卷下发 500 份", sets K, Q and T) are K6's activity, not
// pieces the team makes; and CVs screened (筛选简历 1200 份, set U) are checks the team carries out, K6's in total as
// 简历筛选量 is in set T (README decision "Cases handled for customers are K6, in total as per person", round 14b).
// K7 (sixteenth round; set AF's false alarm "每周执行测试用例" 4000 → 10000 条, K6): things run or executed (执行, 运行: test cases,
// jobs) are the team's work handled, as 处理 and 受理 are, not pieces it makes.
// K7 (seventeenth round; sets I's and AH's false alarms "每月寄出绘本 12 万套" (K3) and "寄送样书 8000 册" (K6), as AJ's "给企业行政寄送试饮装
// 800 份" and AO's "寄出试戴耳塞套装从8000套增加到3万套" are K6): goods posted to people (寄送, 寄出, 邮寄) are handed out or shipped to them, the
// README decision "Items handed out are K6" (round 14b) and units shipped (round 15b), never a thing the team makes: no tuning set labels
// them K7. Pieces of writing sent by the issue (期, 篇) keep COUNTED_ZH's reading.
const NOT_PIECES_MADE_ZH =
  "发放|派发|分发|发出|下发|寄送|寄出|邮寄|筛选|(台|人|车|架|班|频)次|次数|审核|审查|审计|检查|检测|点检|巡检|抽检|预约|预订|率|占比|比例|人均|每人|总|累计|(?<!数)数(?!据|字|智)|量|额|产能|收藏|点赞|关注|下载|注册|分享|转发|入驻|加入|开户|报名|短信|消息|提醒|通知|名片|线索|邮件|电话|发送|推送|群发|回复|拜|访|上门|处理|解决|受理|接待|处置|执行|运行|运输|配送|揽收|卖|售|销|订单|合同|项目|工单|投诉|评论|好评|社群|群|账号|收到|收集|获得|获取|收获|积累|发现|拦截|识别|挽回|避免|节省|节约|达到|提升|提高|突破|增长|减少|降低|压缩|控制|从|到|至|问题|缺陷|漏洞|故障|事故|隐患|bug";
const PIECES_COUNTED_ZH = new RegExp(
  `^(?![^，,。；;]*(${NOT_PIECES_MADE_ZH}|${BAD_GOODS_ZH}|${PEOPLE_ZH}|${SIGNED_CUSTOMERS_ZH}))[^，,。；;\\d%]{2,14}?\\s*[\\d,.]+\\s*(万|千)?\\s*(篇|个|条|款|项|支|部|份|期|集|套|门|节|张|本|版|首|幅|页|章|讲|种|台|座|块|处|根|辆|${MORE_UNITS_ZH})$`,
);
/** A thing counted by the piece, growing, with no metric's word (the title with its fields' count), quoted, or null. */
export function piecesCountedZh(title: string, baseline: number | null, target: number | null): string | null {
  if (baseline !== null && target !== null && target < baseline) return null;
  return findFirst(withoutLeadingTime(title), [PIECES_COUNTED_ZH]);
}

// K7 (seventeenth round; README round 17, "slips fixed against earlier decisions", and decisions 16b and 16d "A stock is not
// K7 without the team's verb"): the items a check of ours covers, counted from one number to another with no verb of ours
// ("检测项从 260 项扩充到 400 项", "每台设备出厂检验项目从 60 项增加到 90 项", "检测项从 259 项增加到 300 项": Q, S and AC, all K5), are a
// checklist written as a stock, a library's entries, not pieces made, so the reading of them as the check the team designs that
// stood here is gone. Items added with the team's verb stay K7 ("新增检测项目注册 12 项", AD).

/**
 * K7 (thirteenth round, second part; drawn from set T: "发布招聘 JD 数量从 60 个到 150 个"): a making verb opening the
 * sentence, the thing made, and its count named (数量, 个数) from a base by the measure word of pieces, is what the team
 * puts out counted upward, the verb-first twin of MADE_COUNT_ZH's "上线页面数量", found too on set K's "上线需求数从 300 个": the verb
 * decides, not a list of things. Not the business's supply counted by 家 (上架酒店数量从 8 万家: K3's size of the
 * network), times (发布次数: a frequency), people, or the business's volume.
 */
const MADE_NUMBER_ZH = new RegExp(
  `^(发布|上线|上架|推出|撰写|编写|制作|录制|拍摄)(?![^，,。；;]*(${PEOPLE_ZH}|订单|交易|包裹|工单))[^，,。；;\\d%率]{1,8}?(数量|个数|篇数|条数|数)\\s*(从|由)\\s*\\d+\\s*(${PIECE})`,
);

/**
 * K7 (seventeenth round; sets AO's, AP's, R's and V's misses "发布固件版本从4个增加到8个", "本季度合并PR数从2600个增加到3500个", "修复社区反馈
 * 的Bug从80个增加到150个", "每周调优规则从20条增加到50条", "每周布置练习卷从 3 份增加到 5 份", "发表论文数从 900 篇提升到 1100 篇", each K7): a
 * verb of the team's own making, fixing or handing in opening the sentence (a period before it), what it makes, and its count
 * growing from one number to another by the measure word of pieces, is the work put out counted upward, the from-to form of
 * MADE_PIECES ("修复 500 个 bug", "合并 PR", "发表论文" counted: S, AH and README round 16d's "Pull requests merged are the team's
 * output, K7"), as MADE_NUMBER_ZH reads it with 数 after 上线 and 发布. The verb decides, so only verbs no customer or user does to
 * our product: 新建, 交付 and 开发 name what users create (新建群聊, 新建免费实例: F, U, K3) or qualify a stock (交付文档模板, 开发者文档:
 * AO, AP, K5) as often, and are left out. Not people, times (次), a share, a time, a total, nor a count that falls (降, 减少).
 */
const MADE_MOVING_ZH = new RegExp(
  `^(每(周|月|季度|天|日)|本季度|本月|全年)?\\s*(发布|发表|合并|修复|调优|布置|撰写|编写|制作|录制|拍摄|出版|推出)(?![^，,。；;]*(${PEOPLE_ZH}|次|率|占比|比例|时长|耗时|周期|人均|累计|总))[^，,。；;\\d%]{1,12}?\\s*(从|由)\\s*(每(周|月|季度|天|日))?\\s*[\\d,.]+\\s*(万|千)?\\s*(${PIECE})?\\s*(增加|提升|提高|扩大|增长)?\\s*(到|至)\\s*[\\d,.]+\\s*(万|千)?\\s*(${PIECE})?$`,
);

/**
 * K7 (thirteenth round, second part; drawn from set P: "柜机点位数从 2000 个增加到 3500 个", found on S's "值机柜台开放数从 40 个增加到
 * 60 个" and J's "前置仓数量从 210 个扩张到 300 个"): the fixtures of ours put out in our places (cabinets, counters, shelves,
 * displays, kiosks), counted by the piece upward, are what the team installs, the noun-first form of BUILT_OUT's 铺设 … 组
 * and set L's 自助机 … 台, with no verb. Not the customers' sites (客户仓库数: K3), a running total (充电桩总数: K5, read
 * by NOT_A_DELIVERY_COUNT_ZH) nor what breaks or is repaired (返修, 故障: a metric's noun before 数).
 */
const FIXTURES_COUNTED_ZH =
  /^[^，,。；;\d%率]{0,8}?(点位|柜台|货架|堆头|陈列位|自助机|收银台|服务台|前置仓)(开放)?(数|数量)\s*(从|由)\s*[\d,.]+\s*(万|千)?\s*(个|台|组|处)/;

/**
 * K7 (fourteenth round; sets U and Y: "和华为签订合作协议", "校企合作协议签订数" with 500 份, as set S's "年度框架协议签署 20 份"):
 * an agreement signed, done or counted, is a deal the team strikes, an input to what the partner then brings: the Chinese
 * twin of the English `partnershipsSigned` (found on J and O). Every tuning set that writes an agreement signed labels it
 * K7. Not customers or partners signing (PEOPLE_ZH: the market answering), nor the parties counted by the agreement they
 * signed (set C's trap "签署联合推广协议的核心实验室从 5 家到 12 家": 的 names the parties), nor a share or rate.
 */
const AGREEMENT_SIGNED_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))([^，,。；;\\d%率]{0,8}?(签订|签署)[^，,。；;\\d%率]{0,8}?协议(?![^，,。；;]*的)|[^，,。；;\\d%率]{0,8}?协议(签订|签署)(数|数量|份数)?(\\s*[\\d,.]+\\s*(份|个|项))?$)`,
);

/**
 * K7 (sixteenth round, part 5; Q, AI and AJ: "门店数从 800 家到 900 家", "诊所数量从 8 家到 12 家", "门店数量 20 家→30 家",
 * "门店数从 420 家增加到 460 家"): our own stores or clinics counted from a to b, named first with nothing before them, grow only as
 * each opening, a project of ours, is delivered (docs/method.md K7; README round 16 keeps K7 for stores, clinics or sites we
 * open ourselves, round 15b). Not stores reached by a product (铺货门店数, 进驻门店) nor partners' places (合作药店, 签约医院):
 * anything before the noun leaves the shape.
 */
const OWN_SITES_COUNTED_ZH =
  /^(门店|诊所|分店|直营店)(总)?(数|数量)\s*(从|由)?\s*\d+\s*(家|个)?\s*(增加|提升|提高|扩大|增长)?\s*(到|至|→)\s*\d+\s*(家|个)?$/;

/**
 * K7 (sixteenth round, part 5; Y, AB, AI, AH and AO: "孕妇学校开课 48 节", "孕妇学校开课 40 期", "直播课开课 200 场",
 * "每周开课从1000节增加到1300节"): classes we open, counted by the session, the run or the course, are lessons given to a group,
 * our output (README round 16: a class for a group is K7, as Q's 新开课程 40 门 is). Not a rate (购课后 7 日内开课率) nor what
 * learners do after a class starts (开课后 14 天内完成…): 开课 is followed by the count at once.
 */
const CLASSES_OPENED_ZH =
  /^[^，,。；;\d%率]{0,8}?开课\s*\d+\s*(节|期|场|次|门)$|^(每周|每月|每天|每日)?开课(数|节数|场次)?\s*(从|由)\s*\d+\s*(节|期|场|次|门)?\s*(增加|提升|提高)?\s*(到|至)\s*\d+\s*(节|期|场|次|门)$/;

/** Counts of pieces made, places opened and networks built (coach-k7), whatever the thing. */
const MADE_ZH: readonly RegExp[] = [
  ...COUNTED_ZH,
  MADE_PIECES,
  PIECES_MADE,
  MADE_THEN_PIECES,
  SERVICES_ONLINE_ZH,
  PLACES_OPENED,
  MARKETS_ENTERED,
  BUILT_OUT,
  BUILT_OUT_FIRST,
  BUILT_OUT_COUNT_FIRST,
  HANDED_OUT_ZH,
  PLACES_EXPANDED_ZH,
  OPENED_MORE_ZH,
  RELEASES_COUNTED_ZH,
  HIRED_ZH,
  TRAINED_ZH,
  TEAM_EXPANDED_ZH,
  TEAMS_FORMED_ZH,
  FEATURES_COUNTED_ZH,
  FEATURES_MADE_ZH,
  WORK_DONE_ZH,
  NETWORK_REACH_ZH,
  POINTS_REACHING_ZH,
  PLACES_REACHED_ZH,
  NEW_THINGS_COUNTED_ZH,
  CONTENT_COUNTED_ZH,
  SIGNED_UP_ZH,
  SUPPLY_SIGNED_ZH,
  TRAINED_COUNT_ZH,
  FEATURES_OUT_ZH,
  AREA_BUILT_ZH,
  MADE_NUMBER_ZH,
  MADE_MOVING_ZH,
  FIXTURES_COUNTED_ZH,
  AGREEMENT_SIGNED_ZH,
  OWN_SITES_COUNTED_ZH,
  CLASSES_OPENED_ZH,
];

/** Someone other than the team makes it: the product's users, customers or partners. */
const PEOPLE_MAKING = new RegExp(
  `(${PEOPLE_ZH}|老师|作者|主播)[^，,。；;]{0,8}(发布|上传|上架|撰写|写|制作|录制|新增|创建)`,
);

/**
 * A feature given to a product of ours (ninth round: "为安卓 App 增加深色模式"), Q2's 给/为 X 加上: read
 * before a change, as 增加 here adds a thing, not a number. Not people given something (为商家增加曝光,
 * 给新用户增加试用天数) and not a number or share (为 App 增加 20% 的留存).
 */
const GIVEN_FEATURE_ZH = /^(给|为)[^，,。；;\d%]{1,12}?(增加|新增|加上|配上|接入|上线)[^，,。；;\d%率]{1,12}$/;
const GIVEN_TO_PEOPLE_ZH = new RegExp(`^(给|为)[^，,。；;]{0,6}(${PEOPLE_ZH}|员工|团队|大家|所有人)`);

/** The output shape of a Chinese title, quoted, or null. */
export function outputShapeZh(title: string): string | null {
  // A name with digits in it (5G, 3D, 8D) is a name, not a count: "新建 5G 基站 3000 个" counts base
  // stations (eleventh round, set L). Its digits are read as letters (full-width, which \d does not
  // match; the same length, so the quote is taken from the words as written). A number before 万, 千,
  // k or m stays a count.
  const written = withoutLeadingTime(title);
  const text = written.replace(/(?<![\d.,])\d+(?=(?![km](?![a-z]))[a-z])/g, (digits) =>
    String.fromCharCode(...[...digits].map((d) => d.charCodeAt(0) + 0xfee0)),
  );
  const found = outputShapeOf(text);
  const at = found === null ? -1 : text.indexOf(found);
  return found === null || at < 0 ? found : written.slice(at, at + found.length);
}

function outputShapeOf(text: string): string | null {
  const rolledOut = findFirst(text, OUTPUT_ZH);
  if (rolledOut !== null) return rolledOut;
  if (GIVEN_FEATURE_ZH.test(text) && !GIVEN_TO_PEOPLE_ZH.test(text)) return text;
  return NOT_A_DELIVERY_COUNT_ZH.test(text) || PEOPLE_MAKING.test(text) ? null : findFirst(text, MADE_ZH);
}

/** 新增 on people is acquisition, the market answering: "新增付费用户 5000 人", "新增 500 家入驻商家". */
// 开通 on people too ("开通会员 4000 人": customers signing up, tenth round).
const ADDS_PEOPLE = new RegExp(`^(新增|开通)\\s*(\\d+\\s*(家|名|位|个|人))?[^，,。；;\\d]{0,6}?(${PEOPLE_ZH})`);

/** 完成 or 新增 on the business's volume or the users' actions: "完成 500 个订单的配送", "新增收藏 2000 个". */
// K7 (sixteenth round, part 2; set W's miss "新增配送车辆 6 台", K7): 配送 naming the vehicles, stations or lockers of delivery is
// equipment of ours added, as J, M, Q, V, Z, AB and AD count "新增冷藏车 50 辆", "新增闸机 40 台" (K7), not deliveries done.
// K7 (sixteenth round, part 3; sets AO's, AI's and AD's misses "完成二类医疗器械注册申报", "完成印尼、泰国、越南注册申报" and "提交 NMPA 注册
// 申报 3 个", each K7, as K's "拿到二类医疗器械注册证" is): 注册 before 申报, 证 or 检验 is a product's regulatory registration, a filing
// the team makes, not people signing up.
const ADDS_VOLUME =
  /^(完成|新增)[^，,。；;]{0,10}(订单|交易|配送(?!车|站|柜|箱|中心)|包裹|收藏|点赞|评论|关注|下载|注册(?!申报|证|检验))/;

/**
 * K7 (tenth round): the verb opens a clause that qualifies what is measured, not a task: "完成 6 个月控糖
 * 计划的用户占比", "把核心生产库迁移到我们云上的客户占比" measure a share of people who did it (the
 * customers' act, an outcome). The clause ends on 的 and the sentence on a share or rate.
 */
const CLAUSE_OF_A_SHARE_ZH = /的[^，,。；;的]{0,8}(占比|比例|率)/;
/**
 * 推送 or 发送 on messages counted by the message (条, 封, 次), not the piece (篇): our outreach, K6's
 * (README: 推送发送量, 发短信 10 万条), whatever the message carries ("推送税务提醒每月 50 万条").
 */
const MESSAGES_SENT_ZH =
  /^(推送|发送|群发)[^，,。；;\d]{0,10}?(每(天|日|周|月))?\s*\d+(\.\d+)?\s*(万|千|百)?\s*(条|封|次|通)/;

/**
 * K7 (tenth round, set J: "接入流程流失率 47% → 38%"): the verb is the first word of a rate's name, the
 * flow it is the rate of, not a task (the Chinese of "Release success rate", LEADING_OUTPUT's lookahead).
 */
// K7 (sixteenth round, part 3; sets AO's and U's misses "上线心率算法V3" and "实现个税税率表自动更新", both K1 and K7, and M's "下线 5 个低
// 使用率功能", K7): a Chinese noun phrase ends on its head, so a rate followed by the thing named after it (心率算法, 税率表: an
// algorithm, a table) is that thing, not the rate's name.
const RATE_NAMED_ZH = /^[^，,。；;\d%]{2,10}?(率(?!表|算法|模型|模块|功能|引擎|芯片|传感器)|占比|比例)/;

/** A delivery verb opening the task (LEADING_OUTPUT_ZH), unless it adds people, volume or users' actions. */
/**
 * 完成 on an inspection or a check of things (second part, set M: "完成 200 辆车电池健康检测", labelled K6): the
 * checks done, counted, are the team's operational work, K6's activity, not a thing delivered.
 */
// An audit is such a check (thirteenth round, set R: "完成审计项目 18 个", K6), with its count last too.
const CHECKS_DONE_ZH =
  /^完成[^，,。；;]{0,14}(检测|检查|巡检|体检|保养|排查|巡查|抽检|审计)(项目)?(\s*\d+\s*(个|项|次|辆|台|家))?$/;

/**
 * Messages sent, named as a volume (second part, set Q: "开发信发送量", 5000 → 12000 封, K6; sets F and M write the
 * same 开发信 counted and label it K6): X发送量 counts what we send, our outreach (README: 推送发送量 is K6), whatever
 * verb the name of the message opens with (开发信 is a sales letter, not something developed).
 */
const SENT_VOLUME_ZH = /(发送|群发|推送|下发)(量|数|次数|条数|封数)/;

/**
 * K7 (fourteenth round; set Y's false alarm "新增横向课题经费 3000 万元", labelled K3): an amount of money after the verb
 * (元, 万元, 亿元, 美元) is money raised, earned or spent, a metric's value (K2, K3 or an outcome), not a thing delivered,
 * whatever verb opens the sentence, as PIECES_COUNTED_ZH and BUILT_OUT_COUNT_FIRST read no money (no measure word of units).
 */
const AMOUNT_OF_MONEY_ZH = /\d\s*(万|千|百|亿)?\s*(元|美元|欧元)/;

export function leadingOutputZh(title: string): string | null {
  const text = withoutLeadingTime(title);
  if (CHECKS_DONE_ZH.test(text)) return null;
  if (CLAUSE_OF_A_SHARE_ZH.test(text) || MESSAGES_SENT_ZH.test(text) || RATE_NAMED_ZH.test(text)) return null;
  if (SENT_VOLUME_ZH.test(text) || AMOUNT_OF_MONEY_ZH.test(text)) return null;
  return ADDS_PEOPLE.test(text) || ADDS_VOLUME.test(text) ? null : findFirst(text, LEADING_OUTPUT_ZH);
}

/**
 * A task named by its last words (K7, coach-k7): the sentence ends on a delivery verb and what it
 * delivers, with no number ("全部门店提前两周发布排班表", "各事业部出台差旅新规"). Not when people do it
 * ("用户发布作品": their use is an outcome); read only where no metric is stated as moving.
 */
const ENDS_ON_DELIVERY = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;]{0,14}?(上线|发布|推出|交付|输出|制定|出台|印发|推行|建成)(?!以来|后|前|时|的)(?![^，,。；;]*(量|数|额|时长|满意|增长|提升|下降|降低))[^，,。；;\\d%率]{1,10}$`,
);

/**
 * A milestone reached, with no number (ninth round: "新款网关完成量产", "通过等保三级测评"): mass production,
 * acceptance, a certification or filing passed are the team's delivery done, not done (the Chinese
 * of `certificationDone`). Not 完成 on what customers or orders do (完成首单: ADDS_VOLUME, people).
 */
const MILESTONE_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d%率]{0,14}?(完成|通过|实现|启动)[^，,。；;%率]{0,14}?(量产|投产|验收|认证|备案|测评|审计|适配)$`,
);
/**
 * K7 (sixteenth round, part 3; sets AD, AI and AO: "提交 NMPA 注册申报 3 个", "完成印尼、泰国、越南注册申报", "完成二类医疗器械注册申报",
 * each K7): a product's registration filed with a regulator, done or counted by the filing, is a milestone the team delivers, as
 * a filing passed (备案, MILESTONE_ZH) and a registration certificate obtained (CERTIFICATE_ZH: K's "拿到二类医疗器械注册证") are.
 * Not its pass rate (注册检验一次通过率: a rate).
 */
const FILING_ZH = /^(完成|提交|递交)[^，,。；;%率]{0,14}?注册申报(\s*\d+\s*(个|项|份))?$/;

/**
 * K7 (eleventh round, set K: "拿到二类医疗器械注册证"; the Chinese of "Get the SOC 2 Type II report"): a
 * certificate, licence or approval obtained is a milestone the team delivers, done or not, as 通过 …
 * 认证 is (MILESTONE_ZH). Not people getting one (学员取得证书: PEOPLE_ZH, their outcome), nor a share.
 */
const CERTIFICATE_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}|学员|学生|员工))[^，,。；;\\d%率]{0,6}?(拿到|取得|获得|获取|领到|拿下)[^，,。；;%率]{1,16}?(注册证|许可证|证书|牌照|资质|批文|批件|认证|合规报告|审计报告)$`,
);

/**
 * K7 (eleventh round, third part, set O: "举办新会员破冰团课", "开展业主满意度调研"; set F's "举办首届制造业客户大会"): a
 * gathering or a survey to hold, with no number, is a task to do, as "Run a customer survey" is. 召开 stays
 * out (K6's meetings with an account), and a share or rate (率, 占比) or a clause on 的 is a metric.
 * K7 (fourteenth round; set Y's false alarm "开展帮扶走访", 5000 → 8000 次, labelled K6): visits (走访, 拜访, 回访, 上门) are
 * K6's contact, as PIECES_COUNTED_ZH leaves them (访, 上门), not a gathering put on.
 */
const HOLD_TASK_ZH = /^(举办|开展|组织|举行)(?!了?\s*\d)(?![^，,。；;]*(占比|比例|访|上门))[^，,。；;\d%率的]{2,14}$/;

/**
 * K7 (thirteenth round; drawn from set S: "每周销售例会改为每天"): a way of working changed to another, with no number, is a
 * task done or not (the Chinese of "Move the weekly sales meeting to daily"), as a delivery named by its last words is
 * (ENDS_ON_DELIVERY): nothing in it can move by degrees. Not a value changed to another (a number, a share or a rate:
 * a target), nor people changing (their act).
 */
const CHANGED_TO_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}))[^，,。；;\\d%率]{2,12}?(改为|改成|调整为)[^，,。；;\\d%率]{1,8}$`,
);

/**
 * K7 (thirteenth round, third part; drawn from sets U and V: "每周开故障复盘会", "每周开团长培训会", "每月向客户发送进展报告"): a
 * routine of the team's own work on a schedule, with no number, is done or not (the Chinese twin of the English
 * `routineKept`, coach-k7f-en: "Publish a weekly release note"), as a gathering to hold is (HOLD_TASK_ZH): nothing in it
 * can move by degrees. Only the verbs of holding, sending or publishing a piece of work; not messages sent (短信, 推送,
 * 提醒 …: K6's outreach), a meeting with an account (K6's contact, as MEETINGS_HELD_ZH leaves it), people doing it, nor a
 * share or rate.
 */
const ROUTINE_ZH =
  /^每(天|日|周|月|季度|季|两周|半月)(向[^，,。；;\d]{1,8}?)?(开|召开|举办|组织|发送|发布|输出|出具|提交|更新|寄送)(?![^，,。；;]*(短信|消息|推送|提醒|通知|邮件|率|占比|比例|与|和|跟|qbr))[^，,。；;\d%]{2,12}$/;

/**
 * K7 (fifteenth round, second part; sets AB and AH: "本地新闻日发稿量从 30 篇提升到 50 篇", "运营发帖量每周 40 篇→80 篇", beside
 * AG's "研报发布数量" in 篇, all K7): the volume of what our own people write (发稿, 发帖, 发文, 出稿) counted by the piece (篇)
 * is content counted by the piece (README: 公众号推送 60 篇 is an output), named as a volume. Not posts by users, authors or
 * creators (PEOPLE_ZH: K's 用户发帖量, the market's act), nor posts counted by 条 (G's 官方账号发帖量 in 条 is K6, left as
 * labelled), nor fewer.
 */
const CONTENT_VOLUME_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}|作者|网友|读者|率|占比))[^，,。；;\\d%]{0,8}?(发稿|发帖|发文|出稿)(量|数|数量)`,
);
export function contentVolumeZh(kr: {
  title: string;
  unit?: string | null;
  baseline?: number | null;
  target?: number | null;
}): string | null {
  if (!growsZh(kr.baseline ?? null, kr.target ?? null) || !/篇/.test(`${kr.title} ${kr.unit ?? ""}`)) return null;
  return CONTENT_VOLUME_ZH.exec(withoutLeadingTime(kr.title))?.[0] ?? null;
}

/**
 * K7 (fifteenth round, second part; sets AC, AG, AH and U: "申诉规则 FAQ 页面", "报送口径文档", "采购 AI 中间帧工具", "离线模式", each
 * with its fields empty and labelled K1 and K7): a title that only names a thing the team makes or gets (a document, a
 * page, a tool, a mode, a system, a platform, a mini-program, a handbook, a guide), with no number and no values at all,
 * is a deliverable, done or not, whatever verb opens it or none: every digitless title of the tuning sets that ends on such a
 * noun is labelled K7 (sets 07 to AH, about ninety), most with a verb the readings above know (上线, 开发, 编写). Not a metric
 * named by its thing (功能使用率, 页面访问量, 系统满意度: the head is a rate, a volume or a rating) nor one with values.
 */
const ARTEFACT_NAMED_ZH =
  /^(?![^，,。；;]*(率|占比|比例|量|满意|评分|次数|人数))[^，,。；;\d%]{1,16}?(文档|页面|手册|工具|模式|方案|指南|预案|sop|faq|看板|模板|白皮书|规范|制度|系统|平台|功能|小程序|app)$/;
export function artefactNamedZh(title: string, baseline: number | null, target: number | null): string | null {
  if (baseline !== null || target !== null) return null;
  return ARTEFACT_NAMED_ZH.exec(withoutLeadingTime(title))?.[0] ?? null;
}

/**
 * K7 (sixteenth round; sets AD, AK and AF: "二供导入", "扫描枪更换", "冷链验证", "物料主数据清洗", "远程诊断功能开发", "大促前压测", each
 * with no values at all and labelled K1 and K7): a noun phrase that ends on a verb of work on our own things (building, rebuilding,
 * replacing, switching, bringing in, cleaning, testing a system) names a task, done or not: the "完成 X 开发", "完成 X 改造", "完成 X
 * 替换" of every writer with its 完成 left out (about forty such titles in the tuning sets, all K7). Only with no values and no digit,
 * and not people (客户开发 is selling), nor discovery's tests (A/B 测试: the verbs here are not 测试 or 调研), nor a metric's word.
 */
const WORK_NAMED_ZH = new RegExp(
  `^(?![^，,。；;]*(${PEOPLE_ZH}|率|占比|比例|量|满意|评分|次数|人数))[^，,。；;\\d%]{2,16}?(开发|建设|搭建|改造|重构|重写|改版|升级|迁移|部署|替换|更换|切换|对接|导入|清洗|压测|验证)$`,
);
export function workNamedZh(title: string, baseline: number | null, target: number | null): string | null {
  if (baseline !== null || target !== null) return null;
  return WORK_NAMED_ZH.exec(withoutLeadingTime(title))?.[0] ?? null;
}

export function taskEndingZh(title: string): string | null {
  return findFirst(withoutLeadingTime(title), [
    ROUTINE_ZH,
    ENDS_ON_DELIVERY,
    MILESTONE_ZH,
    FILING_ZH,
    CERTIFICATE_ZH,
    HOLD_TASK_ZH,
    CHANGED_TO_ZH,
  ]);
}

/**
 * An event the team stages, counted (K7, ninth round; the Chinese of `eventStaged`): 举办 6 场见面会,
 * 组织安全培训 8 场, 参加 8 场行业展会, 举办 10 场培训直播. A production put on for an audience (活动,
 * 大会, 见面会, 展会, 峰会, 发布会, 比赛, 培训, 直播) is delivered work; that it helped is an outcome.
 * Meetings and talks with customers (会议, 复盘会, 座谈会, 研讨会, 分享会, 沙龙, 讲座) stay K6's
 * interactions, as the collections label them (开 60 次季度复盘会, QBR 召开次数).
 */
// K7 (tenth round, sets J, K and L: 举办 6 场 HR 线下沙龙, 举办学术会议 40 场, 举办宣讲会 60 场, 举办产说会
// 200 场, 举办健康讲座 40 场, 举办 10 场创作者训练营): a salon, a talk, a briefing or a camp put on for an
// audience, one to many, is staged as a conference is, and every writer who counted one by 场 labelled it
// K7. A meeting with one account (复盘会, QBR, 一对一辅导会议) stays K6's interaction: 会议 alone is not here.
// K7 (eleventh round, second part, set M with the English "Run 3 recruiting fairs", "roadshows", "Fire drills
// held" of sets M and earlier: 举办 8 场校园招聘会, 举办 10 场业余联赛, 举办 6 场成果路演): a job fair, a league or a
// cup, a roadshow and a drill are put on for an audience as a contest or a briefing is, and a match
// broadcast (转播场次) as a live stream (直播) is. 开播 (second part, set O: "开播场次从每月 60 场到 120 场") is one live
// stream started, counted by 场 as 直播场次 is by writers J, K, L, M and P.
// Fourteenth round (README decision "Events held are K7", events attended as exhibitor; set R: "参展 5 个国际展会"): an
// event counted by 个 after the verb is counted as by 场.
// K7 (fifteenth round, second part; set AH: "参加书展 6 场", the fair attended as exhibitor of A to AG's 展会): an exhibition
// named by what it shows (书展, 车展, 漫展, 特展, 临展) is a fair or a show put on as 展会 is; and 做 (AG: "做 20 场直播")
// holds a counted event as 办 does, the Chinese twin of "Run N … sessions".
const EVENT_ZH =
  "招聘会|双选会|联赛|杯赛|锦标赛|路演|演练|转播|开播|活动|大会|见面会|展会|博览会|展销会|峰会|发布会|嘉年华|黑客松|黑客马拉松|比赛|大赛|赛事|培训|直播|开放日|沙龙|讲座|宣讲|说明会|产说会|推介会|训练营|学术会议|论坛|展览|书展|车展|漫展|画展|影展|特展|临展";
// The thing-first form may be the first of a list (eleventh round, set J: "举办开发者大会 1 场、城市沙龙 12 场").
const EVENT_STAGED_ZH = new RegExp(
  `(举办|组织|开展|举行|承办|参加|参展|出席|办|做)\\s*(了)?\\s*\\d+\\s*(场|次|届|期|个)[^，,。；;%率]{0,10}?(${EVENT_ZH})|(举办|组织|开展|举行|承办|参加|参展)[^，,。；;%率\\d]{0,10}?(${EVENT_ZH})\\s*\\d+\\s*(场|次|届|期)(?=$|[、和及与])`,
);

/** The event named first, counted by 场次 ("线下活动举办场次从 10 场提升到 30 场"). */
// Or counted by 场 with its values (tenth round: "线上学术会议从 300 场到 600 场", "商家培训直播从 10 场增加到 30 场").
const EVENTS_HELD_ZH = new RegExp(
  `(${EVENT_ZH})[^，,。；;%率\\d]{0,4}?(举办|组织|开展|举行)?(场次|场数)|(${EVENT_ZH})\\s*(从|由)\\s*(每(周|月|年))?\\s*\\d+\\s*场`,
);

/**
 * K7 (twelfth round; sets L, O and P: "S&OP 会议" with 12 次, "召开质量改进会议 24 次",
 * "新品种示范田观摩会" with 60 场, "组织 12 场家长会"): a meeting the team holds, any word ending on 会 or 会议, counted
 * by the meeting, is its work put on, as a conference or a salon is (EVENT_ZH): the word before 会 names what
 * the meeting is for, not a new kind of event, so the shape is read, not a list. The meeting is held (举办,
 * 召开, 组织 …) with its count, or named first with its count after it. Meetings with someone stay K6's
 * contact (sets 06 and 07: "每季度与重点客户开会 60 次", "和重点客户开 60 次季度复盘会"; set K: "一对一辅导会议"), as
 * does a meeting with an account (set F: "QBR 召开次数从 30 次提高到 80 次", K6; set J's "QBR 会议举办 80 场" is K7, so
 * writers split and it is left out: a customers' conference, 客户大会, stays in), and so do reviews, interviews
 * and talks (复盘, 访谈, 座谈) and people attending (参会); 开会, 入会 and 会员 are no meeting held. 同 says
 * "with" only on its own: 协同, 共同, 合同 and 相同 name what the meeting is for (set Q: "召开产销协同会议 12 次").
 */
const MEETING_ZH = "[^，,。；;\\d%率、]{1,12}?(?<![开入参与])会议?";
const MEETINGS_HELD_ZH = new RegExp(
  `^(?![^，,。；;]*(与|和|跟|(?<![协共合相])同|一对一|1\\s*(:|对)\\s*1|复盘|访谈|参会|qbr|客户(?!大会)))((举办|组织|召开|举行|开展|承办)\\s*(了)?\\s*\\d+\\s*(场|次|届|期)${MEETING_ZH}|(举办|组织|召开|举行|开展|承办)${MEETING_ZH}\\s*\\d+\\s*(场|次|届|期)|${MEETING_ZH}\\s*(举办|召开|组织|举行)?\\s*\\d+\\s*(场|次|届|期))$`,
);

/**
 * K7 (twelfth round, second part, set Q: "组织薪酬政策宣讲 20 场", "开展公开课 6 节"): a verb of holding (举办, 组织,
 * 开展, 举行, 承办) on anything, counted by the sitting (场, 次, 届, 期, 节) at the end, is the team's work put on, as
 * EVENT_STAGED_ZH reads it for a list of events: the verb of holding says it is staged, so the shape is read and
 * not a longer list (every such KR of sets G to Q is labelled K7). Not inspections, audits or checks (检查,
 * 巡检, 抽检 …: sets K, M and O label them K6, Q K7, so writers split and they are left out), nor contacts and
 * discovery (拜访, 走访, 回访, 上门, 访谈, 调研, 测试, 实验: K6's contact or discovery).
 */
// K7 (thirteenth round; drawn from set S: "开展 12 场团建"): the count may come first, before what is held, as every
// writer from G to S writes it ("举办 24 场读书会", "组织 12 场家长会"): the verb of holding decides, not a list of events
// (EVENT_STAGED_ZH). Any visit (访: 家访, 走访, 拜访, set S's trap "开展 50 次家访", K6) is contact, left out in both orders.
// K7 (thirteenth round, third part; set V's false alarm "开展设备点检 2000 次", K6 as sets K, M, O, R and T label checks
// counted): any check word (a word with 检: 点检, 质检, 检修 as 检查 and 抽检) or an audit (审核, 审计) is a check, so the class is
// read by its character, not a longer list.
const HELD_COUNTED_ZH =
  /^(举办|组织|开展|举行|承办)(?![^，,。；;]*(检|审核|审计|审查|巡查|稽查|督查|访|上门|调研|测试|实验))([^，,。；;\d%率]{1,12}?\s*\d+\s*(场|次|届|期|节)|\s*(了)?\s*\d+\s*(场|次|届|期)[^，,。；;\d%率]{1,12})$/;
/**
 * K7 (twelfth round, second part, set Q: "家长开放日 3 次", "直播带货 30 场"): an event named first with its count
 * last and no verb, the noun-first form of EVENT_STAGED_ZH, as EVENTS_HELD_ZH reads it with 场次 or "从 … 场". Not
 * people attending (参加, 参与, 报名, 观看: their act) nor per person.
 */
const EVENT_COUNTED_ZH = new RegExp(
  `^(?![^，,。；;]*(参加|参与|报名|观看|每人|人均))[^，,。；;\\d%率]{0,8}?(${EVENT_ZH}|宣讲|公开课)[^，,。；;\\d%率]{0,4}?\\s*\\d+\\s*(场|次|届|期)$`,
);

/**
 * K7 (thirteenth round, second part; drawn from set S: "线下义诊 60 场", and the shape of every "X N 场" with no verb in sets
 * J, Q, R, S and T: "直播带货 30 场", "团长培训 120 场", "门店育儿讲座 30 场", "行业展会 6 场"): a title that is only a thing
 * and its count by 场, the measure word of a session put on, counts sessions the team stages, whatever it names, so
 * the shape is read, not a longer list of events (EVENT_ZH). Not the contact and discovery writers label otherwise
 * (访谈, 调研, 拜访, 面试, 演示, 辅导, 咨询: K6's contact or discovery; a meeting with someone or a QBR, left out as
 * MEETINGS_HELD_ZH leaves it), people attending, a match won or lost (胜, 赢, 输, 败), nor 次 (times, K6's).
 */
const SESSIONS_COUNTED_ZH = new RegExp(
  `^(?![^，,。；;]*(参加|参与|报名|观看|每人|人均|访|调研|面试|面谈|谈话|咨询|辅导|复盘|演示|qbr|会议|与|和|跟|胜|赢|输|败|${PEOPLE_ZH}))[^，,。；;\\d%率]{2,10}?\\s*\\d+\\s*场$`,
);

/**
 * K7 (sixteenth round, part 3; sets AO and AP: "教练工作坊从10场增加到25场", "直播带货从每月20场增加到60场", "线上团骑从每月50场增加到120场",
 * "加盟商培训班从2期增加到4期", "客户培训班从6期增加到15期", "播客更新从6期增加到12期", each K7): sessions the team puts on, named first and
 * counted by the session (场) or the run or issue (期) from one number to another, whatever they are called, are the events held
 * (README decisions "Events held are K7", "Sessions for a group are K7"), the from-to form of SESSIONS_COUNTED_ZH's bare "X N 场",
 * as EVENTS_HELD_ZH reads it for the event words it lists (K, L, M, O, P, R, T: "直播场次从每月 60 场到 120 场", "法务培训场次从 4
 * 场增加到 12 场"), and as F, H, Y, Z, AC, AD and AH count runs and issues by 期 (K7). Not what SESSIONS_COUNTED_ZH leaves out:
 * people attending or booking, contact and discovery (访谈, 调研, 演示, 咨询 …, and tests, 测), a meeting with someone or a review
 * (与, 和, QBR, 回顾, any 会: K6's meetings, left to their own readings), per person, and fewer.
 */
const SESSIONS_MOVING_ZH =
  /^(?![^，,。；;]*(参加|参与|报名|观看|预约|每人|人均|访|调研|面试|面谈|谈话|咨询|辅导|复盘|演示|推演|测|qbr|回顾|会|与|和|跟|胜|赢|输|败))[^，,。；;\d%率]{2,10}?\s*(从|由)\s*(每(周|月|季度|季|年))?\s*\d+\s*(场|期)\s*(增加|提升|提高|扩大)?\s*(到|至)\s*\d+\s*(场|期)$/;

const PEOPLE_ATTENDING_ZH = new RegExp(`(${PEOPLE_ZH})[^，,。；;\\d]{0,4}(参加|参与|观看|报名)`);

export function eventStagedZh(title: string): string | null {
  const text = withoutLeadingTime(title);
  // Fewer events ("培训场次从 6 场降到 2 场") is less effort asked of people, not a delivery counted; people
  // attending ("会员参加线下活动 3 次") is their act, not an event we stage.
  return /率|占比|比例|降|减少|缩短/.test(text) || PEOPLE_ATTENDING_ZH.test(text)
    ? null
    : findFirst(text, [
        EVENT_STAGED_ZH,
        EVENTS_HELD_ZH,
        MEETINGS_HELD_ZH,
        HELD_COUNTED_ZH,
        EVENT_COUNTED_ZH,
        SESSIONS_COUNTED_ZH,
        SESSIONS_MOVING_ZH,
      ]);
}

// K7 (fifteenth round, README decision "Our own meetings held are K6; briefings to our crews are K7": a meeting put on for
// residents or a community is an event for an audience, K7; sets U, V and AB: "举办 30 场司机座谈会", "召开货主座谈会 4 次",
// "组织护士座谈会 10 场", as Y writes "组织乡村教师座谈会", all labelled K7): a 座谈会 held for a group is such a meeting, no
// longer left out with 访谈 and 复盘; one with a single customer (与, 和 …) still is.
/**
 * K7 (fifteenth round, README decision "Our own meetings held are K6; briefings to our crews are K7"; sets L, O, Q, V and Z:
 * "S&OP 会议" 12 次, "召开质量改进会议 24 次", "召开产销协同会议 12 次", "召开项目启动会 150 场", "召开质量分析会 12 次", "组织人才盘点会
 * 10 场", "采购会议" 20 次, each K6): the team's own working meeting, named by the work it does (analysing, improving,
 * coordinating, planning, reviewing, taking stock, kicking off, buying, producing) or by how often it recurs (例会, 周会,
 * 组会, 早会, 站会), counted upward, is our own activity (docs/method.md K6 names meetings), not an event put on for an
 * audience nor a project delivered: MEETINGS_HELD_ZH's "any word ending on 会" steps aside for it. A conference (大会),
 * a meeting for residents, parents or a community (家长会, 座谈会, 观摩会) stays an event; written as a task with no values
 * ("每周开故障复盘会") it stays K7, which the caller keeps by reading only a count (the README: K1 and K7).
 */
// K7 (fifteenth round, third part; sets AJ and AK's false alarms "投标前成本复核会召开 40 次", "预算质询会16场" and
// "数字化转型专题会召开8次", each K6 by the same decision, which Z, K, M and L-zh label K6 too): a meeting named by the
// reviewing or judging it does (复核, 质询, 审议, 评议, 研判: the team checks its own numbers or plans, as 评审 does) or by
// the one matter it works through (专题会, a topic meeting) is the same working meeting, one class with those above.
// Not a hearing (听证会), a seminar (研讨会) or an exchange (交流会), which may be put on for an audience.
// K7 (seventeenth round, part 3; set Y's false alarm "召开数据协调会" 4 → 12 次, K6 by the same decision): 协调 is the plain word for
// the coordinating this class already names (协同), so a coordination meeting held and counted is the team's own working meeting.
const WORKING_MEETING_ZH =
  /(分析|改进|协同|协调|盘点|启动|评审|复核|质询|审议|评议|研判|专题|调度|碰头|决策|规划|计划|预算|经营|生产|采购|产销|s&op ?|述职|例|周|组|早|晨|站)会(议)?(?!话|员|计|所|场|馆|务)/;
export const workingMeetingZh = (title: string): boolean => WORKING_MEETING_ZH.test(withoutLeadingTime(title));

/**
 * K7 (fourteenth round, README decision "Events held are K7; meetings with a customer are K6": "QBRs held" and "完成QBR"
 * are K6): a business review with one account (QBR, 业务回顾, 经营回顾) is a meeting with a customer, whatever verb or count
 * comes with it, not an event put on nor a task delivered. Writers B, Z and AA were flagged K7 for it ("完成QBR",
 * "季度业务回顾会 40 场", "完成 20 个大客户的 QBR"), as F, J and U write it and label it K6.
 */
const ACCOUNT_REVIEW_ZH = /qbr|业务回顾|经营回顾/;
export const accountReviewZh = (title: string): boolean => ACCOUNT_REVIEW_ZH.test(normalize(title));

/**
 * K7 (fifteenth round, README decision "Audits and inspections carried out are K6"; sets Y, AB and AC: "开展质控检查" with
 * 20 → 40 次 in its fields, "教师听评课 120 节", "样品评审 2000 款", each labelled K6): a check the team carries out, named
 * last and counted right after it (read with its fields' count, countedTitleZh), is its recurring activity, whatever
 * verb of holding opens it or which measure word counts it, as sets Q and V write "开展飞行检查 15 次", "开展安全检查 300 次"
 * and label them K6. The head decides: a check word is 检 or 审 with its second character (检查, 抽检, 质检, 评审, 复审,
 * 审核 …), a patrol or inspection (督查, 巡查, 稽查) or a lesson observed (听课, 评课). Not the check's items (检测项目: its checklist, a
 * stock), equipment that checks (检测仪 … 台: a thing installed), nor what a check
 * produces named after it (审计底稿 … 份: working papers, a thing made), which end on another noun.
 */
const CHECKS_COUNTED_ZH =
  /^[^，,。；;\d%率]{0,12}?([^\s\d，,。；;]?检[查测验修]?|[^\s\d，,。；;]?审[核查计方稿批]?|督查|巡查|稽查|评课|听课)(工作|活动)?\s*[\d,.]+\s*(万|千)?\s*(次|家次|人次|款|节|份|项|个|家|台|辆|批|件|单|例)$/;
export const checksCountedZh = (counted: string): boolean => CHECKS_COUNTED_ZH.test(withoutLeadingTime(counted));

/**
 * K7 (seventeenth round; sets AC's and AH's false alarms "投放素材测试 60 组" and "跑测玩家测试 15 场", both clean): a test counted by
 * the session (场) or by the variant tried (组) is discovery, a test with people or of versions against each other, which the
 * method counts as a strong key result (docs/method.md K6, K7: "not interviews, experiments or usability tests"), as F, U, AE,
 * AJ, AN and AL write "可用性测试从 1 场增加到 8 场", "价格 A/B 测试 10 组", "定价A/B测试3组", "做 6 场用户可用性测试" (all clean); no
 * tuning set labels such a count K7. Tests of the product run by the round (轮: 回归测试, 高低温测试) or by the time (次) keep
 * their readings.
 */
const TESTS_RUN_ZH = /^[^，,。；;\d%率]{0,12}?测试[^，,。；;\d%率]{0,4}?\s*[\d,.]+\s*(场|组)$/;
export const testsRunZh = (counted: string): boolean => TESTS_RUN_ZH.test(withoutLeadingTime(counted));

/**
 * K7 (fourteenth round; set AA's false alarms "发布流程平均耗时", "发布页 UV", "开通后 30 天活跃商户占比", "功能上线 30 天后仍
 * 每周使用的用户占比", all clean or K6): a Chinese noun phrase ends on its head, so a title that ends on a share, a time or
 * page views (占比, 比例, 耗时, 时长, UV, PV) names that metric, whatever delivery verb opens it as its modifier (the flow
 * published in, the days since a hook-up), as RATE_NAMED_ZH reads a short rate's name. Writers 07, C, F, H, J, K, O, P, Z
 * and AA write the shape with the values in the fields or the title, all clean or K6. Read only after a thing's making
 * and a rollout's coverage (覆盖率, 安装率) are: those are the rollout's own measure.
 */
// K7 (fifteenth round, second part; sets AG and AH's false alarms "上架平均耗时 72 小时→4 小时", "数据需求平均交付周期" 9 → 4 天,
// "接入数电票后客户开票失败率" 3 → 1 %, "每周发布次数" 1 → 5 次, all clean): the head is read with the values written after it
// stripped (writers I, J, Y, AD and AH write "…时长 5 天→2 天", clean), a cycle time (周期: AA's 安全评审平均周期, M's 结案周期)
// is a time, a rate that is not a rollout's own (失败率, not 覆盖率, 安装率 or 上线率, which the readings before this one
// read) is a metric, and how often we ship (发布次数, 发布频率: O, U and AG, clean) is a frequency, not pieces shipped.
// K7 (sixteenth round; set AF's false alarm "接入咨询工单量" 800 → 350 单, clean): a volume of what customers bring us (工单, 咨询,
// 投诉, 来电, 报障, 报修 counted as 量 or 数) ends the name on a metric of demand, as O, AA and AG write "因桩故障发起的客服咨询量",
// "物流查询类咨询量" and "客户因进项问题的咨询量" (clean), whatever delivery verb opens it as its modifier (the hook-up asked about).
const METRIC_HEAD_ZH =
  /(占比|比例|耗时|时长|周期|uv|pv|(工单|咨询|投诉|来电|报障|报修)(量|数)|(?<!覆盖|安装|迁移|部署|上线|完成|切换|接入|普及|配置|开通|达标|渗透|执行|落地|使用)率|(发布|发版|部署|上线)(次数|频次|频率))$/;
const VALUES_AFTER_ZH = /\s*(从|由)?\s*[\d.,]+\s*[^\d，,。；;→]{0,5}?\s*(→|->|到|至)\s*[\d.,]+\s*[^\d，,。；;]{0,5}$/;
export const metricHeadZh = (title: string): boolean =>
  METRIC_HEAD_ZH.test(withoutLeadingTime(title).replace(VALUES_AFTER_ZH, ""));

/**
 * K6, not K7 (seventeenth round, part 3; set AI's false alarm "上门培训 600 次", K6): 上门 (going to the customer's door) with
 * what the visit does and its count by the time (次, 人次, 户次, 家次) is visits made counted upward, K6's activity
 * (docs/method.md K6; README round 15: 上门次数 stays K6), whatever the visit does there: training a customer's staff on site
 * is a visit, not our own people trained. Writers AE ("上门办理理赔服务 800 次"), AI ("康复师上门 3000 次"), K, W ("上门探访次数"),
 * Y ("上门服务次数"), Z ("上门装维次数"), R ("管家上门拜访 5000 次") label the shape K6, none K7. Not a service rolled out to
 * places (上门取送车服务覆盖城市: P and AE, K7), which no time count closes.
 */
const HOME_VISITS_COUNTED_ZH =
  /^[^，,。；;\d%率]{0,8}?上门[^，,。；;\d%率]{0,8}?\s*[\d,.]+\s*(万|千)?\s*(次|人次|户次|家次)$/;
/** Visits to the customer's door counted by the time (the title read with its fields' count), K6's, not K7's. */
export const homeVisitsCountedZh = (counted: string): boolean =>
  HOME_VISITS_COUNTED_ZH.test(withoutLeadingTime(counted));

/**
 * Not K7 (seventeenth round, part 3; sets AK's and AD's false alarms "实现正现金流的孵化项目1个→4个" and "转为量产订单的品牌方" 1 → 4
 * 家, both clean traps, as AP's "获得DBA认证的客户工程师从300人增加到900人" is labelled K4 and not K7): things or accounts named by a
 * result they have reached (实现, 达到, 达成, 转为, 获得, 取得 … 的) and counted are counted by that result, an outcome the count
 * shows (docs/method.md K7: "a change in a metric"), not a delivery: 实现 opening a sentence is a task (LEADING_OUTPUT_ZH) only
 * when what it names is ours to build ("实现个税税率表自动更新", U, K7), not when 的 turns it into what qualifies the thing counted.
 */
const REACHED_RESULT_ZH =
  /^(实现|达到|达成|转为|转化为|获得|取得)(?!率)[^，,。；;\d%]{1,12}?的[^，,。；;\d%的]{1,10}?(数|数量)?\s*((从|由)\s*)?([\d,.]|$)/;
/** A count of things or accounts named by a result they reached, quoted by the caller as clean. */
export const reachedResultZh = (title: string): boolean => REACHED_RESULT_ZH.test(withoutLeadingTime(title));

/**
 * Not K7 (seventeenth round, part 3; set AD's false alarm "本季投放带来的新注册企业数" 6000 → 10000 家, K3): what a cause of ours
 * brought (…带来的 …: sign-ups, leads, contracts, readers a campaign, a partner or a feature brought) is counted as the result
 * attributed to it, an outcome or a flow the objective may read (K3), never the delivery of a feature or a project
 * (docs/method.md K7). 07, J, Q, S, AA, AG, AL and AP write the shape ("搜索带来的试用注册", "抖音投放带来的注册量", "伙伴带来的ARR",
 * "由分享带来的新团队") and none labels it K7. Not a sentence that names a delivery of ours anywhere (搭建伙伴带来的线索看板, …带来的 … 上线).
 */
const BROUGHT_BY_ZH = /^(?![^，,。；;]*(上线|发布|交付|推出|搭建|开发|建设|建立|制作))[^，,。；;]*带来的/;
/** A count of what a cause brought, attributed to it (the result, not a delivery). */
export const broughtByZh = (title: string): boolean => BROUGHT_BY_ZH.test(withoutLeadingTime(title));
