/**
 * Legal references (title, number, article) quoted with a measure, e.g. "Customs Code, art. 38",
 * "section 63 of the Nuclear Regulatory Act (No. 29 of 2019)", "Ley N° 30418", "《出口管制法》第十二条".
 */
/** Each pattern with a literal word it cannot match without: most clauses name no law, and the test is cheap. */
const PATTERNS: Array<[trigger: RegExp, pattern: RegExp]> = [
  // English: "Section 5 of the Prevention of Terrorism Act (No. 30 of 2012)"
  [/Act|Code|Law|Regulation|Decree|Ordinance|Order/u, /(?:(?:section|article|art\.|s\.|regulation|rule)s?\s+[\dA-Za-z().-]+(?:\s*(?:and|,)\s*[\d()A-Za-z.-]+)*\s+of\s+)?(?:the\s+)?(?:[A-Z][\w'’()-]*\s+){1,8}(?:Act|Code|Law|Regulations?|Decree|Ordinance|Order)(?:\s*\((?:No\.|Cap\.)[^)]{1,30}\)|,?\s+\d{4})?/gu],
  // French, Spanish: "Loi n° 2009-14 du …", "article 12 de la loi …", "Ley N° 30418", "Decreto Supremo N° 008-2020"
  [/Loi|Ordonnance|Décret|Arrêté|Code|Ley|Decreto|Código|Resolución/u, /(?:(?:article|artículo|art\.)\s+[\d-]+\s+(?:de la|du|del|de)\s+)?(?:Loi|Ordonnance|Décret|Arrêté|Code|Ley|Decreto(?:\s+Supremo|\s+Legislativo)?|Código|Resolución)\s+(?:n[°º]|N[°º]|No\.|núm\.)\s*[\w./-]+/gu],
  [/code|código/iu, /(?:Code|Código)\s+(?:pénal|penal|des douanes|de aduanas|aduanero)(?:,?\s+(?:art\.|article|artículo)\s*[\d-]+)?/giu],
  // Russian: "статья 258 Уголовного кодекса", "Закон … «Об экспортном контроле»"
  [/[Кк]одекс|Закон/u, /(?:стать[яиейю]\s+\d+\s+)?(?:Уголовн[а-я]+\s+кодекс[а-я]*|Закон[а-я]*(?:\s+Республики\s+[А-Я][а-я]+)?\s+«[^»]{3,80}»|Кодекс[а-я]*\s+[^,.;]{3,40}?об административных правонарушениях)/gu],
  // Chinese: 《…法》第X条
  [/《/u, /《[^》]{2,40}》(?:第[一二三四五六七八九十百零\d]+条)?/gu],
  // Arabic: "قانون … رقم 43 لسنة 2007", the number in brackets too ("القرار رقم (14) لسنة 2023")
  [/رقم/u, /(?:المادة\s+\d+\s+من\s+)?(?:قانون|القانون|نظام|تعليمات|مرسوم|قرار|القرار)\s+[^،.؛\n]{0,60}?رقم\s*(?:\d+(?:[./-]\d+)*|\(\d+(?:[./-]\d+)*\))\s*(?:لسنة|لعام)\s*\d{4}/gu],
];

export function legalReferencesIn(text: string): string[] {
  const out: string[] = [];
  for (const [trigger, pattern] of PATTERNS) {
    if (!trigger.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const ref = m[0].replace(/\s+/gu, ' ').replace(/^the\s+/iu, '').trim();
      if (ref.length >= 6 && !out.includes(ref)) out.push(ref);
    }
  }
  return out.slice(0, 4);
}
