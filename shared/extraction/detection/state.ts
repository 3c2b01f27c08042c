/**
 * The submitting state, from the text: letterheads ("Permanent Mission of …"), "Government of …"
 * and how often and how early a state's name appears. Names of other states (partners, donors)
 * appear later and less often.
 */
import type { UnLanguage } from '../contract.js';
import { LANGUAGES } from '../contract.js';
import { COPY_LINE } from './copyLines.js';
import { SIGNED } from './letterSignature.js';
import { NOT_A_STATE, statePatterns } from './stateNames.js';
import { anyOf, fold } from './textFolding.js';

const NOT_A_STATE_RE = anyOf(NOT_A_STATE, 'gu');

/**
 * Words that put the state's own name right after them in a letterhead, a self-description or the
 * signature block ("Permanent Representative of Finland to the United Nations").
 */
const SELF_REFERENCE = anyOf([
  'permanent mission of (the )?', 'permanent representative of (the )?', 'représentante? permanente? (de la |du |de l\'|des |de )?', 'representante permanente (de la |del |de )?',
  'постоянн[а-я]* представител[а-я]*', '常驻联合国代表', 'المندوبة? الدائمة?', 'government of (the )?', 'mission permanente (de la |du |de l\'|des |de )?', 'gouvernement (de la |du |de l\'|des |de )?',
  'misión permanente (de la |del |de )?', 'gobierno (de la |del |de )?', 'постоянное представительство', 'постоянного представительства', 'правительство', 'правительства',
  '常驻联合国代表团', '政府', 'البعثة الدائمة', 'حكومة',
]);

/** The signer's name, office and the state signed for, on the lines under the mark. */
const SIGNATURE_LINES = 4;

/**
 * Where the signature block at the text's end stands in the folded text: the signed name and the lines below it
 * ("(Signed) … / Minister of Foreign Affairs and Trade / Republic of the Marshall Islands"), up to a blank or a copy
 * line. A minister signs for the state without "of" before its name: the state there is the author, as in a letterhead.
 */
function signatureBlock(text: string, folded: string): [number, number] | null {
  const tail = text.slice(-2_000);
  const lines = tail.split('\n');
  const at = lines.findLastIndex((line) => SIGNED.test(fold(line)));
  if (at < 0) return null;
  const block: string[] = [];
  for (const line of lines.slice(at, at + SIGNATURE_LINES)) {
    if (!line.trim() || COPY_LINE.test(line)) break;
    block.push(line);
  }
  const signed = fold(block.join('\n')).trim();
  const start = folded.lastIndexOf(signed);
  return start < 0 ? null : [start, start + signed.length];
}

/** "Kenyan Government", "казахстанская сторона": an adjective before the word for the government. */
const ADJECTIVE_SELF = anyOf(['^ (government|authorities)>', '^ (правительств|сторон|власт)']);

/**
 * Whether a name's anchor occurs in the text. Hundreds of anchors are looked for: in scripts with
 * spaces a word that starts with the anchor is found through an index of the text's words by their
 * first three letters, instead of scanning the whole text once per anchor.
 */
function anchorIndex(folded: string): (anchor: string) => boolean {
  const byPrefix = new Map<string, Set<string>>();
  for (const word of folded.split(/[^\p{L}\p{N}'\-]+/u)) {
    if (word.length < 2) continue;
    const key = word.slice(0, 3);
    let words = byPrefix.get(key);
    if (!words) byPrefix.set(key, (words = new Set()));
    words.add(word);
  }
  return (anchor) => {
    // Arabic names take attached prefixes and Chinese has no spaces: a plain search there.
    if (anchor.length < 3 || /[\u0600-\u06ff\u3000-\u9fff]/u.test(anchor)) return folded.includes(anchor);
    for (const word of byPrefix.get(anchor.slice(0, 3)) ?? []) if (word.startsWith(anchor)) return true;
    return false;
  };
}

export interface StateGuess {
  iso3: string;
  score: number;
}

export function rankStates(text: string, languages: readonly UnLanguage[]): StateGuess[] {
  const folded = fold(text.slice(0, 80_000)).replace(NOT_A_STATE_RE, (m) => ' '.repeat(m.length));
  const head = Math.min(folded.length, 2_500);
  const scores = new Map<string, number>();
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  const mentioned = anchorIndex(folded);
  const signature = signatureBlock(text.slice(0, 80_000), folded);
  const signedFor = (start: number) => !!signature && start >= signature[0] && start < signature[1];
  for (const language of new Set([...languages, 'en' as const])) {
    for (const { iso3, official, adjective, anchor, re } of statePatterns(language)) {
      if (!mentioned(anchor)) continue;
      for (const m of folded.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlaps(start, end)) continue;
        taken.push([start, end]);
        // An adjective ("the Kenyan authorities", "el Gobierno peruano") counts a quarter of a name.
        let weight = adjective ? 0.5 : official ? 2 : 1;
        if (start < head) weight *= 3;
        const before = folded.slice(Math.max(0, start - 40), start);
        const after = folded.slice(end, end + 16);
        const self = SELF_REFERENCE.test(before) || SELF_REFERENCE.test(after.slice(0, 12)) || signedFor(start);
        if (self || (adjective && ADJECTIVE_SELF.test(after))) weight += adjective ? 3 : 6;
        scores.set(iso3, (scores.get(iso3) ?? 0) + weight);
      }
    }
  }
  return [...scores].map(([iso3, score]) => ({ iso3, score })).sort((a, b) => b.score - a.score);
}

export function detectState(text: string, language: string): string | null {
  const languages = (LANGUAGES as readonly string[]).includes(language) ? [language as UnLanguage] : [...LANGUAGES];
  const [best] = rankStates(text, languages);
  return best && best.score >= 3 ? best.iso3 : null;
}

/**
 * A law, system or practice owned by the state named right after it ("the licensing system of Thailand", "the Biosafety Act
 * of Kenya", "la loi du Cameroun", "la experiencia del Camerún", "закон Казахстана", "قانون كينيا"): the name is its genitive.
 */
const OWNED_BEFORE_SOURCES = [
  '<(act|law|legislation|regulations?|code|system|regime|experience|model|practice)s? of (the )?$',
  "<(loi|législation|réglementation|code|système|régime|expérience|modèle|pratique)s? (du |de la |de l'|des |de |d')$",
  '<(ley|legislación|reglamento|código|sistema|régimen|experiencia|modelo|práctica)s? (del |de la |de los |de )(la |el )?$',
  '<(закон|законодательств|систем|режим|опыт|практик|модел|кодекс)[а-я]* $', '(قانون|تشريع|نظام|تجربه|نموذج)[^ ]* $',
];
const OWNED_BEFORE_NAME = anyOf(OWNED_BEFORE_SOURCES);

/**
 * The same owner named before what it owns: "Thailand's licensing system", "le Cameroun, dont la loi", "el Camerún, cuya
 * ley", "Казахстан, чей закон", "泰国的许可制度".
 */
const OWNED_AFTER_SOURCES = [
  "^'s ([a-z-]+ ){0,2}(act|law|legislation|regulations?|code|system|regime|experience|model|practice)>", '^,? whose>',
  '^,? dont>', '^,? cuy[oa]s?>', '^,? (чей|чья|чь[её]|чьи)>', '^的?([^。；，]{0,6})(法|条例|制度|体系|系统|经验|做法|模式)',
];
const OWNED_AFTER_NAME = anyOf(OWNED_AFTER_SOURCES);

/**
 * Either owner's cue anywhere in a sentence, without the anchors and word edges that tie it to a name: a sentence without
 * one cannot name another state as an owner, and most sentences have none, so the search for each of the 193 states' names
 * (a fifth of the rules' time on a long report) is skipped for them.
 */
const OWNERSHIP_CUE = anyOf([...OWNED_BEFORE_SOURCES, ...OWNED_AFTER_SOURCES].map((source) => source.replace(/^\^|\$$|[<>]/gu, '')));

/**
 * A sentence on another state's own law or practice: it names a member state other than the author as the owner of a law,
 * system or experience ("a workshop at which the licensing system of Thailand was presented", "tomó como referencia la
 * experiencia del Camerún, cuya ley establece …"). What it describes is in force there, not at home. A state named
 * otherwise (a neighbour at the border, a partner) leaves the sentence the author's. Unknown without the author.
 */
export function describesAnotherStatesLaw(folded: string, language: string, ownState: string | null | undefined): boolean {
  if (!ownState) return false;
  const text = folded.replace(NOT_A_STATE_RE, (m) => ' '.repeat(m.length));
  if (!OWNERSHIP_CUE.test(text)) return false;
  const languages = new Set<UnLanguage>([...((LANGUAGES as readonly string[]).includes(language) ? [language as UnLanguage] : []), 'en']);
  for (const lang of languages) {
    for (const { iso3, anchor, re } of statePatterns(lang)) {
      if (iso3 === ownState || !text.includes(anchor)) continue;
      for (const m of text.matchAll(re)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        if (OWNED_BEFORE_NAME.test(before) || OWNED_AFTER_NAME.test(after)) return true;
      }
    }
  }
  return false;
}
