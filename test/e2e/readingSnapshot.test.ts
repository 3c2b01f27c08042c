/**
 * The `extract` command's reading process restored from the startup snapshot the build makes (see
 * `cli/readingSnapshot.ts`): it reads as a process started from the entry does, a snapshot this Node
 * did not make is not offered, and one V8 refuses all the same costs nothing but the time to try it.
 * Runs on the build in `dist/cli/` (`npm ci` makes it), as the compiled command's test does.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReadingSnapshot, EXTRACT_READING_FLAGS, READING_SNAPSHOT_FILES, readingSnapshotBeside } from '../../cli/readingSnapshot.js';
import { IsolatedExtractor } from '../../shared/extraction/isolatedExtraction.js';
import { PAGES_FOR_A_SECOND_THREAD } from '../../shared/extraction/readers/pdfPageThread.js';
import { pdfOf } from '../unit/extraction/support/documents.js';

const BUILT_ENTRY = pathToFileURL(join(import.meta.dirname, '../../dist/cli/extractionChild.mjs'));
const dir = mkdtempSync(join(tmpdir(), 'portal1540-reading-snapshot-'));
const extractors: IsolatedExtractor[] = [];
afterAll(() => {
  for (const extractor of extractors) extractor.close();
  rmSync(dir, { recursive: true, force: true });
});

function extractorWith(snapshot: ConstructorParameters<typeof IsolatedExtractor>[0]['snapshot']): IsolatedExtractor {
  const extractor = new IsolatedExtractor({ entry: BUILT_ENTRY, oneDocument: true, snapshot });
  extractors.push(extractor);
  return extractor;
}

/** A report long enough for the reading process to share its pages with its page-reading thread. */
async function longReport(): Promise<Uint8Array> {
  const page = (n: number) => [
    `Page ${n} of the national report of Ghana on resolution 1540 (2004).`,
    'The Nuclear Regulatory Act prohibits any person from manufacturing, acquiring or possessing a nuclear explosive device.',
    'The Customs Division enforces the Customs Act, 2015 at all points of entry, with radiation portal monitors at the main port.',
  ];
  return pdfOf([['PERMANENT MISSION OF THE REPUBLIC OF GHANA', 'New York, 12 March 2025'], ...Array.from({ length: PAGES_FOR_A_SECOND_THREAD + 4 }, (_, i) => page(i + 2))]);
}

describe("the extract command's reading process restored from its startup snapshot", () => {
  it('is the one the build made, with this Node, for the flags the command reads under', () => {
    expect(readingSnapshotBeside(BUILT_ENTRY)).toEqual({ blob: expect.stringMatching(/readingSnapshot\.blob$/u), flags: EXTRACT_READING_FLAGS });
  });

  it('reads a long PDF as a reading process started from its entry does', async () => {
    const bytes = await longReport();
    const restored = await extractorWith(readingSnapshotBeside(BUILT_ENTRY)).extract({ bytes, fileName: 'report.pdf' });
    const started = await extractorWith(undefined).extract({ bytes, fileName: 'report.pdf' });
    expect(restored.state).toBe('GHA');
    expect(restored).toEqual(started);
  });

  it('starts its page-reading thread, from the script it was started with', async () => {
    // Node 20 starts no worker from a process restored from a snapshot whose build loaded worker_threads (see
    // lazyWorkerThreads.cjs), and a lost thread changes no output, only the time: the thread is seen here by its entry running.
    const { blob, flags } = readingSnapshotBeside(BUILT_ENTRY)!;
    const ran = join(dir, 'thread-ran');
    const probe = join(dir, 'probe.mjs');
    // Written aside and renamed: the test, looking every 20 ms, would otherwise see the file made and not yet written.
    writeFileSync(probe, `import { isMainThread } from 'node:worker_threads';\nimport { renameSync, writeFileSync } from 'node:fs';\nif (!isMainThread) { writeFileSync(${JSON.stringify(`${ran}.part`)}, 'ran'); renameSync(${JSON.stringify(`${ran}.part`)}, ${JSON.stringify(ran)}); }\n`);
    const child = fork(probe, [], { execArgv: ['--snapshot-blob', blob, ...flags], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    try {
      const deadline = Date.now() + 10_000;
      while (!existsSync(ran) && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(existsSync(ran) && readFileSync(ran, 'utf8')).toBe('ran');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('reads the document, and the next, where the snapshot cannot be restored', async () => {
    const blob = join(dir, 'not-a-snapshot.blob');
    writeFileSync(blob, 'not a snapshot');
    const extractor = extractorWith({ blob, flags: EXTRACT_READING_FLAGS });
    const bytes = await pdfOf([['PERMANENT MISSION OF THE REPUBLIC OF GHANA', 'Accra, 7 November 2023', 'The Customs Division enforces the Customs Act, 2015.']]);
    const first = await extractor.extract({ bytes, fileName: 'report.pdf' });
    const second = await extractor.extract({ bytes, fileName: 'report.pdf' });
    expect(first.state).toBe('GHA');
    expect(second).toEqual(first);
  });

  it('says why it could not be built, and leaves nothing behind (the CLI is then built without it)', () => {
    const empty = join(dir, 'no-script');
    mkdirSync(empty);
    expect(() => buildReadingSnapshot(empty)).toThrow(/startup snapshot could not be built/u);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('is not offered where another Node made it, it was built elsewhere, or its record is not the build\'s', () => {
    const entry = pathToFileURL(join(dir, 'extractionChild.mjs'));
    writeFileSync(join(dir, READING_SNAPSHOT_FILES.blob), 'a snapshot');
    const record = (fields: object) => writeFileSync(join(dir, READING_SNAPSHOT_FILES.record), JSON.stringify({ node: process.version, arch: process.arch, flags: EXTRACT_READING_FLAGS, dir, ...fields }));
    record({});
    expect(readingSnapshotBeside(entry)).toEqual({ blob: join(dir, READING_SNAPSHOT_FILES.blob), flags: EXTRACT_READING_FLAGS });
    record({ node: 'v18.20.0' });
    expect(readingSnapshotBeside(entry)).toBeUndefined();
    record({ arch: process.arch === 'arm64' ? 'x64' : 'arm64' });
    expect(readingSnapshotBeside(entry)).toBeUndefined();
    record({ flags: '--max-old-space-size=512' });
    expect(readingSnapshotBeside(entry)).toBeUndefined();
    // Built in another place, and moved here since: its modules would look for PDFium there.
    record({ dir: join(tmpdir(), 'elsewhere') });
    expect(readingSnapshotBeside(entry)).toBeUndefined();
    writeFileSync(join(dir, READING_SNAPSHOT_FILES.record), '{ not json');
    expect(readingSnapshotBeside(entry)).toBeUndefined();
  });
});
