/**
 * The one full synth of the suite, as `cdk synth` does it: every function bundled by the local
 * esbuild, aws-cdk-lib's template validation, cdk-nag. Then each bundle is imported in a fresh
 * Node process with the environment its template gives it: a missing or misnamed variable fails
 * there (every handler parses its environment with zod at start), as would a bundle that cannot
 * load as ESM.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '../../shared/lambda/functionDescription.js';
import { assetFiles, builtBundles, type BuiltBundle } from '../bench/infra/builtBundles.js';
import { REPOSITORY_ROOT } from '../../infra/constructs/pipelineFunction.js';
import { pdfOf } from '../unit/extraction/support/documents.js';
import { pdfInflatingTo } from '../unit/extraction/support/hostileDocuments.js';
import { buildPortalApp } from './portalApp.js';

const run = promisify(execFile);
const outdir = mkdtempSync(path.join(tmpdir(), 'portal-synth-'));
let bundles: BuiltBundle[];

beforeAll(async () => {
  const { app } = buildPortalApp({ bundle: true, nag: true, validate: true, outdir });
  bundles = await builtBundles(app);
}, 180_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the full synth, with bundling, validation and cdk-nag', () => {
  it('bundles every function of the pipeline', () => {
    expect(bundles.map((b) => b.name).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it("ships a minified ESM bundle with its source map and nothing else; ingest its reading child (with PDFium's .wasm) and admin its signer beside it", async () => {
    const lazy: Record<string, string> = { ingest: 'extraction', admin: 'objectSigner' };
    const files: Record<string, string[]> = { ingest: ['pdfium.wasm'] };
    for (const bundle of bundles) {
      const module = lazy[bundle.name];
      const expected = [
        ...(module ? [`${module}.mjs`, `${module}.mjs.map`, 'index.mjs', 'index.mjs.map', 'package.json'] : ['index.mjs', 'index.mjs.map']),
        ...(files[bundle.name] ?? []),
      ];
      expect((await assetFiles(bundle)).sort(), bundle.name).toEqual(expected.sort());
    }
  });

  it("carries only the environment link of the SDK's credential chain (the one Lambda uses)", async () => {
    for (const bundle of bundles) {
      const code = readFileSync(bundle.entry, 'utf8');
      expect(code, bundle.name).toContain('AWS_SECRET_ACCESS_KEY');
      expect(code, bundle.name).not.toMatch(/AWS_WEB_IDENTITY_TOKEN_FILE|sso_session|credential_process/);
    }
  });

  it("loads admin's signer from its own file in the asset: signs an upload form and a download link", async () => {
    const admin = bundles.find((b) => b.name === 'admin')!;
    const script = [
      "const { defaultObjectSigner } = await import('#functions/admin/objectSigner.js');",
      'const signer = defaultObjectSigner();',
      "const form = await signer.uploadForm({ Bucket: 'portal', Key: 'incoming/FRA/u1/report.pdf', Expires: 300 });",
      "const link = await signer.downloadUrl({ bucket: 'portal', key: 'incoming/FRA/u1/report.pdf', versionId: 'v1.first' }, 300);",
      'console.log(JSON.stringify({ url: form.url, fields: Object.keys(form.fields).sort(), link }));',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: admin.directory,
      env: { PATH: process.env.PATH, ...admin.environment, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example' },
      timeout: 60_000,
    });
    const signed = JSON.parse(stdout) as { url: string; fields: string[]; link: string };
    expect(signed.url).toBe('https://portal.s3.us-east-1.amazonaws.com/');
    expect(signed.fields).toEqual(expect.arrayContaining(['Policy', 'X-Amz-Credential', 'X-Amz-Signature', 'key']));
    expect(signed.link).toMatch(/^https:\/\/portal\.s3\.us-east-1\.amazonaws\.com\/incoming\/FRA\/u1\/report\.pdf\?.*X-Amz-Signature=/);
    expect(new URL(signed.link).searchParams.get('versionId')).toBe('v1.first');
  });

  it("reads each document in a child started from its own file in the asset (PDFium compiled from the .wasm beside it, the asset being outside the repository): reads a PDF, a long one (its second half in the child's page thread), refuses a bomb at the memory ceiling", async () => {
    const ingest = bundles.find((b) => b.name === 'ingest')!;
    const pdf = path.join(outdir, 'report.pdf');
    const long = path.join(outdir, 'long.pdf');
    const bomb = path.join(outdir, 'bomb.pdf');
    writeFileSync(pdf, await pdfOf([['Report of the Republic of Ghana on the implementation of resolution 1540 (2004)']]));
    const sections = Array.from({ length: 40 }, (_, n) => [`Section ${n + 1}`, 'The Customs Division enforces the Customs Act, 2015 at all points of entry.']);
    writeFileSync(long, await pdfOf([['Report of the Republic of Ghana on the implementation of resolution 1540 (2004)'], ...sections]));
    writeFileSync(bomb, pdfInflatingTo(300));
    // Run from the asset folder, as Lambda does: the handler's specifier resolves, through the asset's
    // package.json, to the bundled child; the parent side is the sources' (the same code index.mjs carries).
    const script = [
      "const { readFileSync } = await import('node:fs');",
      `const { IsolatedExtractor } = await import(${JSON.stringify(pathToFileURL(path.join(REPOSITORY_ROOT, 'shared/extraction/isolatedExtraction.ts')).href)});`,
      "const entry = import.meta.resolve('#functions/ingest/extraction.js');",
      'const extractor = new IsolatedExtractor({ entry, ceilings: { memoryMb: 160 } });',
      "const outcome = (file) => extractor.extract({ bytes: readFileSync(file), fileName: file }).then((e) => e.state, (error) => error.code);",
      `const read = await outcome(${JSON.stringify(pdf)});`,
      `const readLong = await outcome(${JSON.stringify(long)});`,
      `const refused = await outcome(${JSON.stringify(bomb)});`,
      'extractor.close();',
      "console.log(JSON.stringify({ entry: entry.split('/').pop(), read, readLong, refused }));",
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script], {
      cwd: ingest.directory,
      env: { PATH: process.env.PATH, ...ingest.environment },
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({ entry: 'extraction.mjs', read: 'GHA', readLong: 'GHA', refused: 'too_large' });
  });

  it('each bundle starts in a fresh Node process with the environment its template sets', async () => {
    const failures: string[] = [];
    await Promise.all(
      bundles.map(async (bundle) => {
        const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle.entry).href)}); if (typeof m.handler !== 'function') throw new Error('no handler export');`;
        try {
          await run(process.execPath, ['--input-type=module', '-e', script], {
            env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', ...bundle.environment },
            timeout: 60_000,
          });
        } catch (error) {
          failures.push(`${bundle.name}: ${(error as { stderr?: string }).stderr?.split('\n').find((l) => /Error/.test(l)) ?? String(error)}`);
        }
      }),
    );
    expect(failures).toEqual([]);
  });
});
