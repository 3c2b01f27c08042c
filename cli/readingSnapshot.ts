/**
 * A startup snapshot of the `extract` command's reading process: V8's heap as it stands once the
 * extractor's modules have loaded, written when the CLI is built (`build.mjs`, at `npm ci` and
 * whenever a source changed) to `dist/cli/readingSnapshot.blob`, beside the process's entry. A
 * process restored from it (`node --snapshot-blob`) has the extractor at hand as it starts, instead
 * of loading and evaluating some hundred modules while it should be reading pages (on the bench's
 * 200-page report, about 50 ms off the command's 0.8 s, 21 runs in turns; the process reads its
 * first page some 100 ms earlier). It holds no document and no compiled code: only the modules'
 * state after they load, which every reading process would build the same way.
 *
 * A snapshot belongs to the Node that made it and to the V8 flags it was made under: the record
 * beside it says which, and the command uses it only where both match (V8 refuses any other, and
 * the extractor then starts the process from its entry: see `IsolatedExtractor`'s `snapshot`). It
 * also holds the place it was built in (its modules find PDFium's file from there): a build moved
 * elsewhere is not used either, until the CLI is built again there.
 *
 * Ingest's reading process does not use one: it is started ahead of its first document and serves
 * document after document, so its start is not on any document's path; and its Node is the
 * Lambda runtime's, which the build does not run on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CEILINGS, type ReadingSnapshot, readingProcessFlags } from '#shared/extraction/isolatedExtraction.js';

/** The bundle the snapshot is built from (`readingSnapshotMain.ts`, bundled by `build.mjs`), the blob, and its record. */
export const READING_SNAPSHOT_FILES = { script: 'readingSnapshotMain.cjs', blob: 'readingSnapshot.blob', record: 'readingSnapshot.json' } as const;

/** The V8 flags of the `extract` command's reading process, which the snapshot must be built under. */
export const EXTRACT_READING_FLAGS = readingProcessFlags({ memoryMb: DEFAULT_CEILINGS.memoryMb, oneDocument: true });

interface SnapshotRecord {
  node: string;
  arch: string;
  flags: string[];
  /** The directory it was built in. */
  dir: string;
}

/** Builds the snapshot in `dir` from the bundle there, with this Node, under the command's flags. */
export function buildReadingSnapshot(dir: string): void {
  const blob = join(dir, READING_SNAPSHOT_FILES.blob);
  const temporary = `${blob}.${process.pid}.tmp`;
  // `--no-warnings`: Node warns of every built-in module it has not verified in snapshots (`node:module`, which
  // resolves PDFium's file when a document comes, is one); it is no V8 flag, so the snapshot's flags are unchanged.
  const run = spawnSync(process.execPath, [...EXTRACT_READING_FLAGS, '--no-warnings', '--snapshot-blob', temporary, '--build-snapshot', join(dir, READING_SNAPSHOT_FILES.script)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(temporary, { force: true });
    throw new Error(`the reading process's startup snapshot could not be built (${run.signal ?? `exit ${run.status}`}): ${`${run.stderr}`.trim().slice(-600)}`);
  }
  renameSync(temporary, blob);
  const record: SnapshotRecord = { node: process.version, arch: process.arch, flags: EXTRACT_READING_FLAGS, dir };
  const recordFile = join(dir, READING_SNAPSHOT_FILES.record);
  writeFileSync(`${recordFile}.${process.pid}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${recordFile}.${process.pid}.tmp`, recordFile);
}

/**
 * The snapshot beside the reading process's `entry`, if this Node made it there; undefined where
 * there is none (the sources run through tsx), another Node made it, or it was built elsewhere. The
 * record is the build's own file, checked field by field rather than through a schema library: this
 * runs before the reading process starts, on the command's path.
 */
export function readingSnapshotBeside(entry: URL): ReadingSnapshot | undefined {
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(new URL(READING_SNAPSHOT_FILES.record, entry), 'utf8'));
  } catch {
    return undefined;
  }
  const { node, arch, flags, dir } = (record ?? {}) as Partial<SnapshotRecord>;
  if (node !== process.version || arch !== process.arch) return undefined;
  if (!Array.isArray(flags) || !flags.every((flag) => typeof flag === 'string')) return undefined;
  const blob = fileURLToPath(new URL(READING_SNAPSHOT_FILES.blob, entry));
  if (dir !== dirname(blob)) return undefined;
  return existsSync(blob) ? { blob, flags } : undefined;
}
