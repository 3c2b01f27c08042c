/**
 * Extraction in a child process watched from outside: reads answer as data, refusals keep their
 * code, and a document past a ceiling (memory, time) is refused `too_large` once the child is
 * killed, the next document read by a new one. The ceilings are lowered so that the hostile
 * documents stay small: a TypeScript child (tsx) starts at about 120 MB, so 192 MB leaves it room.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { type Extraction, RejectedInputError } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { ExtractionInterruptedError, IsolatedExtractor } from '../../../shared/extraction/isolatedExtraction.js';
import { pdfOf, utf8 } from './support/documents.js';
import { pdfInflatingTo } from './support/hostileDocuments.js';

const CHILD_ENTRY = new URL('../../../functions/ingest/extraction.ts', import.meta.url);
const STUCK_CHILD_ENTRY = new URL('./support/stuckReaderChild.ts', import.meta.url);
const ENVIRONMENT_CHILD_ENTRY = new URL('./support/environmentReportingChild.ts', import.meta.url);
const CEILINGS = { memoryMb: 192, timeMs: 4_000 };
const extractor = new IsolatedExtractor({ entry: CHILD_ENTRY, ceilings: CEILINGS });
/** For what is not about the ceilings: a TypeScript child's first start (tsx compiling the extractor) can take most of 4 s on a busy machine. */
const roomy = new IsolatedExtractor({ entry: CHILD_ENTRY, ceilings: { memoryMb: CEILINGS.memoryMb } });
afterAll(() => {
  extractor.close();
  roomy.close();
});

type Outcome = { extraction: Extraction } | { refused: RejectedInputError };

async function outcomeOf(bytes: Uint8Array, fileName: string, reader: Pick<IsolatedExtractor, 'extract'> = extractor): Promise<Outcome & { ms: number }> {
  const started = performance.now();
  try {
    const extraction = await reader.extract({ bytes, fileName });
    return { extraction, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof RejectedInputError) return { refused: error, ms: performance.now() - started };
    throw error;
  }
}

const REPORT = [['Report of the Republic of Ghana on the implementation of resolution 1540 (2004)', 'The Customs Division enforces the Customs Act, 2015 at all points of entry.']];

describe('extraction in a child process', () => {
  it('answers what the extractor reads in process', async () => {
    const bytes = await pdfOf(REPORT);

    const isolated = await roomy.extract({ bytes, fileName: 'report.pdf', state: 'GHA' });

    expect(isolated).toEqual(await extractDocument({ bytes, fileName: 'report.pdf', state: 'GHA' }));
  });

  it("does not hand the reading process its parent's credentials or other settings", async () => {
    const reporter = new IsolatedExtractor({ entry: ENVIRONMENT_CHILD_ENTRY, ceilings: { memoryMb: CEILINGS.memoryMb } });
    process.env.AWS_SECRET_ACCESS_KEY = 'not-a-real-secret';
    try {
      const failure = await reporter.extract({ bytes: utf8('a report'), fileName: 'report.txt' }).catch((error: unknown) => error);

      expect(String(failure)).toMatch(/environment: .*\bPATH\b/u);
      expect(String(failure)).not.toMatch(/AWS_|NODE_EXTRA_CA_CERTS/u);
    } finally {
      delete process.env.AWS_SECRET_ACCESS_KEY;
      reporter.close();
    }
  });

  it('runs PDFium without the optimizing tier, validates it lazily, compiles patterns at once, optimizes only long-running code and collects garbage on its own thread only in a child that reads one document', async () => {
    const flagsOf = async (oneDocument: boolean) => {
      const reporter = new IsolatedExtractor({ entry: ENVIRONMENT_CHILD_ENTRY, ceilings: { memoryMb: CEILINGS.memoryMb }, oneDocument });
      try {
        return String(await reporter.extract({ bytes: utf8('a report'), fileName: 'report.txt' }).catch((error: unknown) => error));
      } finally {
        reporter.close();
      }
    };

    const oneDocument = await flagsOf(true);
    expect(oneDocument).toMatch(/flags: .*--liftoff-only/u);
    expect(oneDocument).toMatch(/flags: .*--wasm-lazy-validation/u);
    expect(oneDocument).toMatch(/flags: .*--no-regexp-tier-up/u);
    expect(oneDocument).toMatch(/flags: .*--interrupt-budget=540672/u);
    expect(oneDocument).toMatch(/flags: .*--single-threaded-gc/u);
    expect(await flagsOf(false)).not.toMatch(/--liftoff-only|--wasm-lazy-validation|--no-regexp-tier-up|--interrupt-budget|--single-threaded-gc/u);
  });

  it("keeps the reader's own refusal codes", async () => {
    // 60 MB of a part declared as 1 KB: the reader's own bound (50 MB inflated) stops it.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024).fill(0x20) });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = bomb.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 1024, true); // the central directory's declared size
        break;
      }
    }

    const empty = await outcomeOf(new Uint8Array(), 'empty.pdf', roomy);
    const zipBomb = await outcomeOf(bomb, 'bomb.docx', new IsolatedExtractor({ entry: CHILD_ENTRY, ceilings: { memoryMb: 512 } }));

    expect('refused' in empty && empty.refused.code).toBe('empty');
    expect('refused' in zipBomb && zipBomb.refused).toMatchObject({ code: 'archive_bomb', message: expect.stringContaining('header') });
  });

  it('refuses a PDF whose content stream inflates far beyond its size (300 MB from 300 KB) at the memory ceiling', async () => {
    const bomb = pdfInflatingTo(300);
    expect(bomb.length).toBeLessThan(400_000);
    // A time ceiling this bomb never meets: PDFium inflates at about 130 MB/s, so on a busy machine
    // the usual 4 s could end it first, and this is about memory.
    const timeMs = 30_000;
    const bounded = new IsolatedExtractor({ entry: CHILD_ENTRY, ceilings: { memoryMb: CEILINGS.memoryMb, timeMs } });
    try {
      const outcome = await outcomeOf(bomb, 'bomb.pdf', bounded);

      expect('refused' in outcome && outcome.refused).toMatchObject({ code: 'too_large', message: expect.stringContaining('192 MB of memory') });
      expect(outcome.ms).toBeLessThan(timeMs);
      // The killed child is replaced: the next document is read.
      expect(await bounded.extract({ bytes: await pdfOf(REPORT), fileName: 'report.pdf' })).toMatchObject({ state: 'GHA' });
    } finally {
      bounded.close();
    }
  }, 60_000);

  it('refuses a document whose reading would run past the time ceiling, at the ceiling', async () => {
    const stuck = new IsolatedExtractor({ entry: STUCK_CHILD_ENTRY, ceilings: { memoryMb: 1024, timeMs: 1_500 } });
    try {
      const outcome = await outcomeOf(await pdfOf(REPORT), 'slow.pdf', stuck);

      expect('refused' in outcome && outcome.refused).toMatchObject({ code: 'too_large', message: expect.stringContaining('more than 1.5 s') });
      expect(outcome.ms).toBeLessThan(1_500 + 500);
    } finally {
      stuck.close();
    }
  });

  it('keeps the ceilings for a child started ahead of its document (as the extract command starts it)', async () => {
    const stuck = new IsolatedExtractor({ entry: STUCK_CHILD_ENTRY, ceilings: { memoryMb: 1024, timeMs: 1_500 } });
    try {
      stuck.start();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const outcome = await outcomeOf(await pdfOf(REPORT), 'slow.pdf', stuck);

      expect('refused' in outcome && outcome.refused).toMatchObject({ code: 'too_large', message: expect.stringContaining('more than 1.5 s') });
    } finally {
      stuck.close();
    }
  });

  it("does not refuse a document when the caller's deadline, not the ceiling, runs out: it is read again later", async () => {
    const stuck = new IsolatedExtractor({ entry: STUCK_CHILD_ENTRY, ceilings: { memoryMb: 1024, timeMs: CEILINGS.timeMs } });
    const report = await pdfOf(REPORT);
    try {
      await expect(stuck.extract({ bytes: report, fileName: 'slow.pdf' }, { deadline: Date.now() + 1_500 })).rejects.toBeInstanceOf(ExtractionInterruptedError);
      await expect(stuck.extract({ bytes: report, fileName: 'slow.pdf' }, { deadline: Date.now() + 200 })).rejects.toBeInstanceOf(ExtractionInterruptedError);
    } finally {
      stuck.close();
    }
  });

  it('ends in a result or a refusal, within the time ceiling, on random bytes under every supported extension', async () => {
    const extensions = ['pdf', 'docx', 'xlsx', 'csv', 'json', 'txt'] as const;
    // Random bytes, alone or behind the signature that sends them to a reader (PDF, zip).
    const prefixes = ['', '%PDF-1.7\n', 'PK\u0003\u0004', '{"state":"KEN","matrix":[', 'element,weapon,measure,legal_reference,notes\n'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...extensions), fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2048 }), async (extension, prefix, noise) => {
        const bytes = new Uint8Array([...utf8(prefix), ...noise]);

        const outcome = await outcomeOf(bytes, `random.${extension}`);

        expect('extraction' in outcome || outcome.refused instanceof RejectedInputError).toBe(true);
        expect(outcome.ms).toBeLessThan(CEILINGS.timeMs + 500);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
