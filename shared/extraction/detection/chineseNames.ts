/**
 * Chinese personal names where the text gives no space around them ("联络人黄志强先生"). A Chinese
 * name is a surname (one character, or one of the compound surnames) and one or two characters of
 * given name; a transliterated foreign name is written in parts joined by a middle dot
 * ("阿兹曼·易卜拉欣", "巴特尔·冈巴特") and is kept whole.
 */

/**
 * The common single-character surnames (simplified and traditional forms; Vietnamese names in
 * Chinese characters use the same, "阮氏秋香", and Korean ones these and a few of their own, "朴志勋",
 * "权赫"). 于 and 向 are left out: far more often they are the words "to" and "towards" just before
 * a name; so are Korean surnames that are common words (南, 河, 元, 千).
 */
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝陳黃張劉楊趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋閻賀顧龔錢嚴溫莊聶魯關蘭紀駱藍鮑饒車連蘆麥婁竇衛朴权權洪禹玄'],
);
const COMPOUND_SURNAMES = ['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '公孙', '公孫', '慕容', '令狐', '司徒', '夏侯', '宇文', '长孙', '長孫'];

const HAN = '\\u4E00-\\u9FFF';
/**
 * One part of a transliterated name, itself perhaps a double name joined by a hyphen ("约瑟夫-亚历山大",
 * "让-皮埃尔"), as the Latin-script name it renders is.
 */
const NAME_PART = `[${HAN}]{1,8}(?:[-‐‑－][${HAN}]{1,8})*`;
/** A transliterated name: parts of Chinese characters joined by a middle dot. */
export const DOTTED_NAME = `${NAME_PART}(?:[·・•‧]${NAME_PART})+`;

/**
 * Military and police ranks, written after a name as a title is ("豪瓦希·佐尔坦上校") or before it as a post is
 * ("空军上校伊姆兰·库雷希"): never part of the name.
 */
// Police ranks take their grade before them ("高级警长", senior sergeant; "总督察", chief inspector; "高级警司"): all rank.
export const CHINESE_RANKS = '上将|中将|少将|准将|大校|上校|中校|少校|上尉|中尉|少尉|(?:高级|总|助理)?(?:督察|警司|警监|警督|警长|警员)';

// The head of a body is written with 长 after it ("秘书长", "厅长"), and the longer post comes first in the list: "副秘书长"
// is one post, not 秘书 and a name that opens with 长.
const POSTS = `秘书长|厅长|署长|院长|所长|组长|秘书|司长|处长|局长|科长|部长|主任|参赞|官员|顾问|专员|大使|主管|协调员|联络人|负责人|${CHINESE_RANKS}`;
const ORGANS = '部|司|局|处|厅|署|室|委员会|中心';
/**
 * Words that end a post or an office written just before a name, within its first part ("法律司副秘书苏尼塔·巴塔拉伊",
 * "军控和出口管制司莱娜·霍夫曼").
 */
const POST_END = new RegExp(`^[^·・•‧]*(?:${POSTS})`, 'u');
const OFFICE_END = new RegExp(`^[^·・•‧]*(?:${ORGANS})(?=[^·・•‧])`, 'u');

/** A run that ends with a post ("…核查处处长"): the person is named elsewhere, not at its end. */
export function endsWithPost(run: string): boolean {
  return POST_AT_END.test(run);
}
const POST_AT_END = new RegExp(`(?:${POSTS})$`, 'u');

/** The end of an office's name: a ministry, department, bureau, division, office or centre. */
const ORGAN_END = new RegExp(`(?:${ORGANS})$`, 'u');

/**
 * A person's post written after the name as a title is ("刘海涛处长，外交部军控司"), its clause ending there. The same
 * post after an office ("军控司处长，") names no one: what stands before it must open with a surname and not end an
 * office. A role ("担任…的联络人") is no post written after a name.
 */
const PERSONAL_POSTS = '司长|处长|局长|科长|部长|主任|参赞|秘书|顾问|专员|大使|协调员|主管';
// A diplomat's grade is written before the post as part of it ("三等秘书", third secretary): no name ends with it. A sentence
// of contacting goes on with its verb right after the post ("请与…徐晓东处长联系"), as after a title.
const NAME_BEFORE_POST = new RegExp(`([${HAN}]{2,5})(?<![一二三四]等)(?:${PERSONAL_POSTS})(?=[，,。；;：:（(\\s]|联系|联络|$)`, 'gu');

export function nameBeforePost(text: string): { name: string; at: number } | undefined {
  const last = [...text.matchAll(NAME_BEFORE_POST)].pop();
  if (!last) return undefined;
  const run = last[1]!.replace(/副$/u, '');
  const name = chineseNameAtEnd(run);
  if (!startsWithSurname(name) || ORGAN_END.test(name) || name.length < 2) return undefined;
  return { name, at: last.index + run.length - name.length };
}

/**
 * A name set after a post or rank with a space between them ("警务处助理处长 郑国栋", "外交部军控司 李明"), as a table's cell
 * gives one: the last run, when it is a name of two to four characters opening with a surname.
 */
const SPACED_POST_AND_NAME = new RegExp(`^[${HAN}]{2,}[^\\S\\n]+([${HAN}]{2,4})$`, 'u');

export function nameAfterSpacedPost(text: string): string | undefined {
  const name = SPACED_POST_AND_NAME.exec(text.trim())?.[1];
  return name && startsWithSurname(name) ? name : undefined;
}

/** Whether a run of Chinese characters opens with a surname, as a name written alone does ("李明", not "其他事项"). */
export function startsWithSurname(run: string): boolean {
  return SURNAMES.has(run[0] ?? '') || COMPOUND_SURNAMES.some((compound) => run.startsWith(compound));
}

/**
 * The name right after an office or a post that ends the run ("外交部核安全司吴静", "…国际合作司副司长李强"): 司 ends the
 * department's name there, not a surname of three characters, and 长 the post's.
 */
export function nameAfterOffice(run: string): string | undefined {
  for (const length of [3, 2]) {
    const before = run.slice(0, -length);
    if ((ORGAN_END.test(before) || POST_AT_END.test(before)) && SURNAMES.has(run.slice(-length)[0] ?? '')) return run.slice(-length);
  }
  return undefined;
}

/**
 * The name at the end of a run of Chinese characters: the run itself when it is a dotted name,
 * otherwise the longest ending (four to two characters) that starts with a surname, or, with no
 * surname known, the run when nothing stands before it, else the last three characters.
 */
export function chineseNameAtEnd(run: string, options: { standsAlone?: boolean } = {}): string {
  // A transliterated name is kept whole, but not the post written before its first part.
  if (new RegExp(`^${DOTTED_NAME}$`, 'u').test(run)) return run.replace(POST_END, '').replace(OFFICE_END, '');
  for (const compound of COMPOUND_SURNAMES) {
    const at = run.lastIndexOf(compound);
    if (at >= 0 && run.length - at >= 3 && run.length - at <= 4) return run.slice(at);
  }
  const afterOffice = nameAfterOffice(run);
  if (afterOffice) return afterOffice;
  // Four characters only when the second cannot start a name itself ("阮氏秋香", but "任王小明"
  // is an office, 主任, before 王小明).
  const four = run.slice(-4);
  if (four.length === 4 && SURNAMES.has(four[0]!) && !SURNAMES.has(four[1]!)) return four;
  for (const length of [3, 2]) {
    const ending = run.slice(-length);
    if (ending.length === length && SURNAMES.has(ending[0]!)) return ending;
  }
  // No known surname: a run that stands alone (a table cell, a line of its own) is the name as a
  // whole ("佐藤健一", a Japanese surname of two characters); inside a sentence, its last three.
  return options.standsAlone && run.length <= 4 ? run : run.slice(-3);
}
