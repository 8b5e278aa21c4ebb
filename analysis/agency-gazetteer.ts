/**
 * The curated data behind `findAgencies` (../shared/corpus/GUIDELINE.md, "Agency names"). Data only: the
 * grammar that combines it is in agency-prefixes.ts and agencies.ts.
 *
 * A name is [outer prefix] [place] [level word] [session ordinal] BODY [unit under it]:
 * 中共+北京+市+委, 江苏+省+第十四届+人民代表大会, 自治区+人力资源和社会保障厅, 省委+宣传部, 国务院+办公厅.
 * Prefixes are optional for bodies that name an agency alone (教育部, 残联, 人大) and required for the
 * generic ones (省政府 but not 政府, 县委 but not 委).
 *
 * How to extend (lists are whitespace-separated words):
 * - a department of government at any level: add its stem to DEPARTMENT_STEMS, full and short form
 *   (`应急管理 应急`). Every stem takes every DEPARTMENT_SUFFIXES entry, so one word covers 应急管理部,
 *   应急管理厅, 市应急管理局, 应急管理委员会… Stems have at least two characters.
 * - an office called X办: DEPARTMENTS (办 is also a verb, 为教育办实事, so it is no generated suffix).
 * - a body that names an agency alone: TOP_BODIES if units hang under it (国务院+办公厅, 省委+组织部),
 *   DEPARTMENTS otherwise, SHORT_FORMS if it is too ambiguous without a prefix (台办: 平台办理).
 * - a body that names an agency only after a level word (省政府, 县人民法院): LEVELLED_BODIES.
 * - a place before a level word (宜春+市): PROVINCES or PREFECTURES; counties and districts are generated
 *   (scripts/gen-counties.ts).
 * - a false match: NOT_BEFORE / NOT_AFTER / NOT_FOLLOWED_BY (部署, 个人大病, 政府工作报告), or
 *   NOT_A_LEVEL_AFTER for a level word that is the tail of a word (城市, 社区).
 */

import { COUNTY_PLACES } from './county-places';

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Level words that make a following body that level's (自治区党委, 省政府, 旗人大), longest first. */
export const LEVEL_WORDS = words('特别行政区 自治区 自治州 自治县 自治旗 省 市 县 区 旗 州 盟 乡 镇');

/**
 * Characters that, right before a one-character level word, make it the tail of an ordinary word rather
 * than a level (城市政府, 社区党委, 城乡, 全省, 各区, 驻区部队): the level is then not read as a prefix. Zones are not
 * listed (新区, 开发区, 园区): their 管委会 and 党工委 are agencies.
 */
export const NOT_A_LEVEL_AFTER: Record<string, string> = {
  省: '全本各该我外节反两多跨分一每驻',
  市: '城都上股楼超夜集门开闭菜早黑花期债汇全本各该我外两多跨省一每驻',
  县: '全本各该我外两多跨郡市区州一每驻',
  区: '地社城片山牧湾灾库校街辖市县林矿老边军战选分全本各该我两多跨一每学警病禁盲误雷专展厂小宅民疫治郊驻',
  旗: '国党红彩锦战升全本各该我',
  州: '神全本各该我',
  盟: '联同结加全本各该我',
  乡: '城家故老下异他回思返同水侨全本各该我',
  镇: '城乡重古坐市集小名全本各该我',
};

/** Prefixes that stand before a body with no level word: 全国人大, 国家统计局, 中央纪委, 中国人民银行. */
export const NATIONAL_PREFIXES = words('中华全国 全国 中国 国家 中央');

/** Organisations written before a place and level to name that level's committee: 中共北京市委, 团省委. */
export const OUTER_PREFIXES = words('中国共产党 中共 共青团 团 中国人民政治协商会议 政协');

/** What `团` must not follow to be the Youth League (集团, 代表团, 社团). */
export const NOT_LEAGUE_AFTER = '集社兵军乐剧表访旅商财师游察术问家';

/** Bodies that name an agency alone and can have units under them (国务院办公厅, 省委宣传部). */
export const TOP_BODIES = words(`
  党中央 中共中央 中央委员会 中央政治局 中央政治局常委会 中央书记处 中央人民政府 中央政府 国务院
  人大 人大常委会 人民代表大会 人民代表大会常务委员会 常委会 常务委员会
  政协 人民政协 人民政治协商会议
  纪委 监委 纪委监委 纪委国家监委 中纪委 军委 中央军事委员会
  新疆生产建设兵团 兵团党委 特区政府
`);

/** Bodies that name an agency only after a level word or place (省政府, 县人民法院, 自治区党委, 市委, 盟行署). */
export const LEVELLED_BODIES = words(`
  委 党委 党工委 管委会 政府 人民政府
  法院 人民法院 中级人民法院 高级人民法院 检察院 人民检察院
  行署 行政公署
`);

/** Bodies that only follow an outer prefix (政协北京市委员会, 中国共产党北京市委员会). */
export const OUTER_BODIES = words('委员会 全国委员会');

/** Units that hang under a top body and are no name alone (国务院办公厅, 省政府研究室). */
export const SUB_UNITS = words('办公厅 办公室 研究室 参事室 政策研究室 政研室 党史研究室');

/** Departments, ministries and mass organisations whose names are not built from a stem. */
export const DEPARTMENTS = words(`
  中央银行 人民银行 央行 审计署 海关总署 国际发展合作署 证监会 银保监会 银监会 保监会
  国台办 国新办 国资委 发改委 卫健委 卫计委 计生委 经信委 工信委 住建委 教委 科委 农委 民委
  中组部 中宣部 中央办公厅 国家安全部 国家铁路局
  人民解放军 中国人民解放军 武警部队 中国人民武装警察部队 军区
  最高人民法院 最高人民检察院 最高法 最高检 金融法院 知识产权法院 互联网法院 海事法院 铁路运输法院 军事法院
  军事检察院
  共青团 共青团中央 团中央 妇联 妇女联合会 残联 残疾人联合会 总工会 工会 科协 科学技术协会
  侨联 归国华侨联合会 工商联 工商业联合会 红十字会 关工委 关心下一代工作委员会 计生协 计划生育协会
  贸促会 国际贸易促进委员会 社科联 社会科学界联合会 文学艺术界联合会 作家协会 青年联合会 学生联合会
  老龄委 妇儿工委 残工委 教育工委 机关工委 金融工委 社会工委
  网信办 金融办 扶贫办 人防办 外事办 侨务办 口岸办 应急办 老龄办 督查办 巡察办 信访办
  深改办 军民融合办 国防动员办 保密办 编委办 政务办 政务服务办 地方志办
  消防救援总队 消防救援支队
`);

/** Short forms too ambiguous alone (平台办理, 人文联通): names only after a prefix or a top body (国务院台办, 省文联). */
export const SHORT_FORMS = words(
  '台办 外办 侨办 农办 编办 财办 新闻办 港澳办 改革办 商委 文联 作协 青联 学联 台联 工委',
);

/** Suffixes every department stem takes. */
export const DEPARTMENT_SUFFIXES = words('部 厅 局 总局 委 委员会 办公室');

/** Department stems, full and short forms (教育部, 人力资源和社会保障厅, 人社厅, 市卫健委, 国家发展改革委). */
export const DEPARTMENT_STEMS = words(`
  发展和改革 发展改革 发改 工业和信息化 工信 经济和信息化 经济信息化 经信 科学技术 科技
  商务 财政 财经 审计 统计 税务 国有资产监督管理
  市场监督管理 市场监管 工商行政管理 工商 质量技术监督 质监 食品药品监督管理 食药监 药品监督管理 药监
  知识产权 能源 粮食和物资储备 粮食和储备 粮储 粮食 烟草专卖 投资促进 投促 营商环境建设 口岸
  金融 金融监督管理 金融监管 地方金融监督管理 地方金融监管 金融工作 金融管理 地方金融管理
  证监 银保监 通信管理 外汇管理 外汇
  数据 大数据 大数据管理 数据资源 政务服务 政务服务管理 政务服务和数据管理 政务服务数据管理
  行政审批 机关事务管理 国防科技工业

  教育 人力资源和社会保障 人力资源社会保障 人社 民政
  卫生健康 卫健 卫生和计划生育 卫计 卫生 人口和计划生育 计划生育 医疗保障 医保 疾病预防控制 疾控
  中医药管理 中医药 退役军人事务 退役军人
  文化和旅游 文化旅游 文化广电和旅游 文化广电旅游 文广旅 文旅 文化 旅游 体育 广播电视 广电 新闻出版 新闻
  文物 档案 信访 乡村振兴 扶贫开发 扶贫 老龄工作 妇女儿童工作 残疾人工作

  自然资源 规划和自然资源 自然资源和规划 规划自然资源 国土资源 国土 规划 生态环境 环境保护 环保
  住房和城乡建设 住房城乡建设 住建 城乡建设 住房保障和房产管理 住房保障
  城市管理 城管 城市管理综合行政执法 城市管理和综合执法 城管执法 综合行政执法
  交通运输 交通 公路 民航 邮政管理 水利 水务 农业农村 农业 农牧 畜牧兽医 林业和草原 林业 林草
  园林绿化 园林 海洋 海洋与渔业 海洋渔业 渔业 气象 地震 测绘地理信息

  外交 外事 外事工作 侨务 台湾事务 港澳事务 港澳工作 国防 国防动员 军民融合 军民融合发展
  公安 国家安全 司法 监狱管理 戒毒管理 应急管理 应急 消防救援 矿山安全监察 安全生产监督管理 安监
  移民管理 人民防空 人防 民族事务 民族宗教事务 民族宗教 民宗 宗教事务 保密

  组织 宣传 统战 统一战线工作 政法 网信 网络安全和信息化 机构编制 社会工作 老干部 机要 政策研究
  深改 全面深化改革 全面依法治国 纪律检查 监察 巡视工作 巡察 巡察工作
`);

/**
 * What may not follow a name ending in that character, because the character then starts another word:
 * 部署 部门 部分, 局面 局势, 委员 委托, 办理 办好, 联合, 协同 协调, 人大病.
 */
export const NOT_BEFORE: Record<string, string> = {
  部: '署门分位件落队',
  局: '面势限部域',
  委: '员托屈婉曲身靡派以',
  办: '公理好实事学法成结案妥起得赛节会展件税医文到',
  联: '合系通动手网营播',
  协: '同作调议商助定',
  大: '病额量幅批胆型',
};

/** Words after which a body is not a name: 政府工作报告 is a title, 人民代表大会制度 a system, 政府性基金 a category. */
export const NOT_FOLLOWED_BY: Record<string, string[]> = {
  政府: ['工作报告', '性'],
  人大: ['制度'],
  人民代表大会: ['制度'],
  政协: ['制度'],
};

/** Characters that, right before a body with no prefix, make it the tail of another word (个人大病, 财政协同, 中央行政). */
export const NOT_AFTER: Record<string, string> = {
  人大: '个成老工商家病夫私军客华巨法名主女男本伟诗敌犯艺亲众世路证年',
  政协: '财行家邮宪执民议施党',
  央行: '中',
  科协: '学',
  工会: '化加员职施开完务复动停分手木竣用招打',
};

/** Province-level places, with the ethnic names autonomous regions carry before their level word (广西壮族自治区). */
export const PROVINCES = words(`
  北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
  广东 广西 广西壮族 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 宁夏回族 新疆 新疆维吾尔 香港 澳门 台湾
`);

/** Prefecture-level places (cities, leagues, prefectures) before 市/盟/州: 宜春市统计局, 呼和浩特市委. */
export const PREFECTURES = words(`
  石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
  太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
  呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善
  沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛
  长春 四平 辽源 通化 白山 松原 白城 延边
  哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭
  南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
  杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
  合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
  福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
  南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
  济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
  郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源
  武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门
  长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
  广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
  南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左
  海口 三亚 三沙 儋州
  成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山
  贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南
  昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆
  拉萨 日喀则 昌都 林芝 山南 那曲 阿里
  西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
  兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南
  西宁 海东 海北 黄南 果洛 玉树 海西
  银川 石嘴山 吴忠 固原 中卫
  乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子
`);

/** Places below the prefectures, generated from GB/T 2260 data (county-places.ts): 昆山, 江宁, 凉山彝族. */
export const COUNTIES = words(COUNTY_PLACES);
