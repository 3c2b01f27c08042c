/**
 * `npx tsx test/corpus/build.ts [held|spent20|spent19|spent18|spent17|spent16|spent15|spent14|spent13|spent12|spent11|spent10|spent9|spent8|spent7|spent6|spent5|spent4|spent3|…|tune3|tune4|tune5|tune6|tune7|tune8|tune9|tune10|tune11|tune12|tune13|tune14|tune15|tune16|tune17|tune18|tune19|tune20|tune21]`: turns the corpus sources (`<folder>/*.src.md`) into the documents
 * the bench reads (PDF, DOCX or TXT, as each source's `output` says) and writes each folder's
 * labels.json from the sources' front matter, so that `npm run bench:accuracy -- test/corpus/held`
 * scores them. The outputs are small and committed: the bench needs no build step.
 *
 * A source is a front matter of `key: value` lines (each value JSON, or a bare string) and a body
 * in a small markdown: `## heading`, `[center]` / `[right]` lines, `| a | b |` table rows (the
 * `| --- |` line is skipped), `**bold**` (markers dropped), `<<<page>>>` for a page break, blank
 * lines between paragraphs. A TXT output keeps the body's lines; `wrap: 72` hard-wraps them as a
 * copy from a PDF would be, `lines: keep` keeps the source's own line breaks, `tables: tab` writes
 * table rows with tabs instead of pipes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { z } from 'zod';

const LABEL_KEYS = ['state', 'language', 'reportType', 'documentDate', 'treaties', 'matrix', 'gaps', 'contacts', 'assistanceRequested', 'deadlines'] as const;

const FrontMatter = z.object({
  output: z.string().regex(/^[\w-]+\.(pdf|docx|txt)$/u),
  language: z.enum(['ar', 'en', 'es', 'fr', 'ru', 'zh']),
  state: z.string().regex(/^[A-Z]{3}$/u).nullable(),
  reportType: z.enum(['national_report', 'additional_information', 'action_plan', 'assistance_request', 'point_of_contact', 'effective_practices', 'committee_document']),
  documentDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  treaties: z.array(z.string()),
  matrix: z.array(z.string()),
  gaps: z.array(z.string()),
  contacts: z.array(z.object({ name: z.string(), email: z.string().nullable() })),
  assistanceRequested: z.array(z.string()),
  deadlines: z.array(z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u), precision: z.enum(['day', 'month']), task: z.string(),
    concerns: z.enum(['states', 'organizations', 'committee', 'secretariat']).optional(), title: z.string().optional(), recurrence: z.enum(['yearly']).nullable().optional(),
  })),
  wrap: z.number().int().min(30).max(200).optional(),
  tables: z.enum(['pipe', 'tab']).optional(),
  /** `keep`: a TXT output keeps the source's own line breaks (a copy from a PDF, wrapped mid-phrase). */
  lines: z.enum(['keep']).optional(),
  notes: z.string().optional(),
}).strict();
type FrontMatter = z.infer<typeof FrontMatter>;

function parseSource(text: string, file: string): { meta: FrontMatter; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text.replace(/\r\n/gu, '\n'));
  if (!m) throw new Error(`${file}: no front matter`);
  const raw: Record<string, unknown> = {};
  for (const line of m[1]!.split('\n')) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    try {
      raw[key] = JSON.parse(value);
    } catch {
      raw[key] = value;
    }
  }
  const parsed = FrontMatter.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return { meta: parsed.data, body: m[2]! };
}

type Block =
  | { kind: 'paragraph'; text: string; align: 'left' | 'center' | 'right'; heading: boolean }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'page' };

const plain = (s: string) => s.replace(/\*\*/gu, '');

function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table: string[][] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' '), align: 'left', heading: false });
    if (table) blocks.push({ kind: 'table', rows: table });
    paragraph = [];
    table = null;
  };
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) { flush(); continue; }
    if (line.trim() === '<<<page>>>') { flush(); blocks.push({ kind: 'page' }); continue; }
    if (/^\s*\|/u.test(line)) {
      if (paragraph.length) { blocks.push({ kind: 'paragraph', text: paragraph.join(' '), align: 'left', heading: false }); paragraph = []; }
      if (/^\s*\|[\s|:-]+\|\s*$/u.test(line)) continue;
      (table ??= []).push(line.trim().replace(/^\||\|$/gu, '').split('|').map((c) => plain(c.trim())));
      continue;
    }
    if (table) flush();
    const aligned = /^\[(center|right)\]\s*(.*)$/u.exec(line);
    if (aligned) { flush(); blocks.push({ kind: 'paragraph', text: plain(aligned[2]!), align: aligned[1] as 'center' | 'right', heading: false }); continue; }
    const heading = /^#+\s+(.*)$/u.exec(line);
    if (heading) { flush(); blocks.push({ kind: 'paragraph', text: plain(heading[1]!), align: 'left', heading: true }); continue; }
    // A list item starts its own paragraph, as in markdown.
    if (/^\s*(?:[-*•]\s|\d+[.)]\s|\(?[a-z]\)\s)/u.test(line)) flush();
    paragraph.push(plain(line.trim()));
  }
  flush();
  return blocks;
}

function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/u)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && !fits(candidate)) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

function toTxt(blocks: Block[], meta: FrontMatter, body: string): string {
  if (meta.lines === 'keep') return body.replace(/^<<<page>>>$/gmu, '\f').replace(/^\[(?:center|right)\]\s*/gmu, '').replace(/\*\*/gu, '');
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'page') out.push('\f');
    else if (b.kind === 'table') out.push(b.rows.map((r) => (meta.tables === 'tab' ? r.join('\t') : r.join(' | '))).join('\n'), '');
    else {
      const lines = meta.wrap ? wrapWords(b.text, (l) => l.length <= meta.wrap!) : [b.text];
      out.push(...lines, '');
    }
  }
  return `${out.join('\n').replace(/\n\f\n/gu, '\n\f')}\n`;
}

async function toDocx(blocks: Block[], meta: FrontMatter): Promise<Uint8Array> {
  const rtl = meta.language === 'ar';
  const run = (text: string, bold = false) => new TextRun({ text, bold, rightToLeft: rtl });
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.kind === 'page') children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    else if (b.kind === 'table') {
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.rows.map((r, i) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ bidirectional: rtl, children: [run(c, i === 0)] })] })) })),
      }));
    } else {
      const alignment = b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : undefined;
      children.push(new Paragraph({ bidirectional: rtl, alignment, heading: b.heading ? HeadingLevel.HEADING_2 : undefined, children: [run(b.text, b.heading)] }));
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A text PDF in Helvetica (Latin scripts): paragraphs wrapped to the page, table cells in their columns. */
async function toPdf(blocks: Block[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [left, width, size, leading] = [60, 475, 10, 14];
  let page = pdf.addPage([595, 842]);
  let y = 780;
  const newPage = () => { page = pdf.addPage([595, 842]); y = 780; };
  const need = (lines: number) => { if (y - lines * leading < 60) newPage(); };
  const draw = (text: string, x: number, font: PDFFont) => { page.drawText(text, { x, y, size, font }); };
  for (const b of blocks) {
    if (b.kind === 'page') { newPage(); continue; }
    if (b.kind === 'table') {
      const columns = Math.max(...b.rows.map((r) => r.length));
      const colWidth = width / columns;
      for (const [i, row] of b.rows.entries()) {
        const font = i === 0 ? bold : regular;
        const cells = row.map((c) => wrapWords(c, (l) => font.widthOfTextAtSize(l, size) <= colWidth - 8));
        const height = Math.max(1, ...cells.map((c) => c.length));
        need(height);
        for (let line = 0; line < height; line++) {
          cells.forEach((c, col) => { if (c[line]) draw(c[line]!, left + col * colWidth, font); });
          y -= leading;
        }
        y -= 4;
      }
      y -= leading / 2;
      continue;
    }
    const font = b.heading ? bold : regular;
    const lines = wrapWords(b.text, (l) => font.widthOfTextAtSize(l, size) <= width);
    need(Math.min(lines.length, 3));
    for (const line of lines) {
      need(1);
      const w = font.widthOfTextAtSize(line, size);
      draw(line, b.align === 'center' ? left + (width - w) / 2 : b.align === 'right' ? left + width - w : left, font);
      y -= leading;
    }
    y -= leading / 2;
  }
  return pdf.save({ useObjectStreams: false });
}

export async function buildFolder(dir: string): Promise<number> {
  const labels: Array<Record<string, unknown>> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.src.md')).sort()) {
    const { meta, body } = parseSource(readFileSync(join(dir, file), 'utf8'), file);
    const blocks = blocksOf(body);
    const format = meta.output.split('.').pop();
    const bytes = format === 'pdf' ? await toPdf(blocks) : format === 'docx' ? await toDocx(blocks, meta) : new TextEncoder().encode(toTxt(blocks, meta, body));
    writeFileSync(join(dir, meta.output), bytes);
    labels.push({ file: meta.output, ...Object.fromEntries(LABEL_KEYS.map((k) => [k, meta[k]])) });
  }
  writeFileSync(join(dir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  return labels.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  // `npx tsx test/corpus/build.ts tune` rebuilds one folder; with no argument, both.
  const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['held', 'spent20', 'spent19', 'spent18', 'spent17', 'spent16', 'spent15', 'spent14', 'spent13', 'spent12', 'spent11', 'spent10', 'spent9', 'spent8', 'spent7', 'spent6', 'spent5', 'spent4', 'spent3', 'spent2', 'spent', 'tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune20', 'tune21'];
  for (const folder of folders) console.log(`${folder}: ${await buildFolder(join(here, folder))} documents`);
}
