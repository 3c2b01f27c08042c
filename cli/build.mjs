/**
 * The CLI compiled to JavaScript, so that a command does not compile TypeScript on every call:
 * `dist/cli/main.mjs` and its chunks, bundled from `cli/main.ts` by the project's esbuild.
 *
 * - Each command's module is a chunk of its own, imported when that command runs (the bundle keeps
 *   `main.ts`'s dynamic imports), so `--help` loads `main.mjs` and `io.ts` alone.
 * - npm packages stay imports of `node_modules`, resolved at run time as under tsx; only the
 *   repository's own code (and its JSON data) is bundled, with two exceptions: zod and franc-min,
 *   which the reading process of `extract` loads on its way to the answer, are bundled too (zod 4
 *   is well over a hundred small files: bundled, the two load in about 35 ms instead of 60). Their
 *   versions are pinned in package.json, which is part of the recipe, so the build still depends
 *   on the sources and the recipe alone.
 *
 * `npm ci` builds it (the `prepare` script runs this file); `bin/portal1540.mjs` builds it again
 * first when it is missing or a source is newer than it (a few dozen `stat`s per call). Plain
 * JavaScript, because the command runs it before anything can compile TypeScript.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'dist/cli');
const ENTRY = join(OUT_DIR, 'main.mjs');
/** What the build read and when it started. */
const STAMP = join(OUT_DIR, 'build.json');
/** The npm packages bundled into the build rather than imported from `node_modules` (see above). */
const BUNDLED_PACKAGES = ['zod', 'franc-min'];
/** Besides the sources esbuild reads: the files that say how to read them. */
const RECIPE = ['cli/build.mjs', 'package.json', 'tsconfig.json'];

/** Bundles the CLI into `dist/cli/`. */
export async function buildCli() {
  const startedAt = Date.now();
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    // The process `extract` reads a document in starts from a file of its own (see extractCommand.ts), or from
    // a snapshot of it (readingSnapshot.ts, which this build runs below).
    entryPoints: { main: 'cli/main.ts', extractionChild: 'cli/extractionChild.ts', readingSnapshot: 'cli/readingSnapshot.ts' },
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: externalPackages(),
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Every file is written under a temporary name, then renamed: a CLI started meanwhile (or a second
  // build) never reads half a file. Chunk names carry their content's hash, so the entry, renamed
  // last, only ever imports complete chunks.
  const snapshotScript = await bundleSnapshotScript(build);
  const outputs = [...result.outputFiles, ...snapshotScript.outputFiles].map((file) => file.path);
  const ordered = [...result.outputFiles, ...snapshotScript.outputFiles].sort((a, b) => Number(a.path === ENTRY) - Number(b.path === ENTRY));
  for (const file of ordered) writeAtomically(file.path, file.contents);
  // The snapshot only spares the reading process its start: where this Node cannot build one, the CLI is built without it
  // (its files left out, and so removed below with any an earlier build left), and `extract` starts the process from its entry.
  const { buildReadingSnapshot, READING_SNAPSHOT_FILES } = await import(pathToFileURL(join(OUT_DIR, 'readingSnapshot.mjs')).href);
  try {
    buildReadingSnapshot(OUT_DIR);
    outputs.push(join(OUT_DIR, READING_SNAPSHOT_FILES.blob), join(OUT_DIR, READING_SNAPSHOT_FILES.record));
  } catch (error) {
    console.warn(`warning: ${error instanceof Error ? error.message : String(error)}; \`extract\` starts its reading process without it`);
  }
  // What an earlier build left and this one did not write goes (another build's temporary files stay).
  for (const old of filesUnder(OUT_DIR)) {
    if (old !== STAMP && !old.endsWith('.tmp') && !outputs.includes(old)) rmSync(old, { force: true });
  }
  const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(snapshotScript.metafile.inputs)])].filter((input) => !input.includes('node_modules/'));
  // The Node that built it and where: the reading process's snapshot is that Node's alone, and finds PDFium from there.
  writeAtomically(STAMP, JSON.stringify({ startedAt, node: process.version, root: ROOT, inputs }, null, 2));
  return { files: outputs.length, inputs: inputs.length, ms: Date.now() - startedAt };
}

/**
 * The script the reading process's startup snapshot is built from (`cli/readingSnapshotMain.ts`), as Node
 * builds snapshots: one CommonJS file that requires only Node's own modules, so every package is bundled
 * into it. `import.meta` there is the file's own (its URL, and `resolve` through `require`). `node:worker_threads`
 * is required when first used, not as the file loads (see `lazyWorkerThreads.cjs`).
 */
function bundleSnapshotScript(build) {
  return build({
    absWorkingDir: ROOT,
    entryPoints: { readingSnapshotMain: 'cli/readingSnapshotMain.ts' },
    outdir: OUT_DIR,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    alias: { 'node:worker_threads': './cli/lazyWorkerThreads.cjs' },
    define: { 'import.meta': 'importMeta' },
    banner: { js: 'const importMeta = { url: require("node:url").pathToFileURL(__filename).href, resolve: (specifier) => require("node:url").pathToFileURL(require.resolve(specifier)).href };' },
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
}

/** Every package the project names, and its subpaths, but those bundled. */
function externalPackages() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    .filter((name) => !BUNDLED_PACKAGES.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
}

/** True when the build exists and no source it read, nor the recipe, changed after it started. */
export function isCliBuildFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    statSync(ENTRY);
  } catch {
    return false;
  }
  if (stamp.node !== process.version || stamp.root !== ROOT) return false;
  return [...stamp.inputs, ...RECIPE].every((file) => {
    try {
      return statSync(join(ROOT, file)).mtimeMs < stamp.startedAt;
    } catch {
      return false; // a source gone: build again, and let esbuild say what is missing
    }
  });
}

/** The URL of the built CLI's entry, built first if it is missing or stale. */
export async function freshCliBuild() {
  if (!isCliBuildFresh()) await buildCli();
  return pathToFileURL(ENTRY).href;
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const built = await buildCli();
  console.log(`CLI built into ${relative(ROOT, OUT_DIR)}/: ${built.files} files from ${built.inputs} sources in ${built.ms} ms`);
}
