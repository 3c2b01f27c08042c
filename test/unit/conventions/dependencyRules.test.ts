/**
 * The folders show the architecture, and the imports keep to it:
 * - `shared/` is domain code everyone may use, so it uses nothing of theirs: no `functions/`, `cli/`
 *   or `infra/`;
 * - a function is deployed alone, so it never reaches into another function's folder (what two
 *   callers need goes to `shared/`);
 * - the deployed infrastructure (`infra/app.ts`, stacks, constructs) never depends on the local runner;
 * - the browser app (`web/src`) runs no server code: of the repository it imports `shared/` only.
 * Every import is read (static, `export … from`, dynamic `import()`, type-only) and resolved to a
 * repository path, whether written relative or through the package's `#shared/*`, `#functions/*`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const SCANNED = ['cli', 'functions', 'infra', 'shared', 'web/src'];

interface Rule {
  name: string;
  appliesTo: (from: string) => boolean;
  forbids: (from: string, to: string) => boolean;
}

const functionFolder = (path: string) => path.split('/')[1];

const RULES: Rule[] = [
  {
    name: 'shared/ imports nothing from functions/, cli/ or infra/',
    appliesTo: (from) => from.startsWith('shared/'),
    forbids: (_, to) => /^(functions|cli|infra)\//.test(to),
  },
  {
    name: "a function imports nothing from another function's folder",
    appliesTo: (from) => from.startsWith('functions/'),
    forbids: (from, to) => to.startsWith('functions/') && functionFolder(to) !== functionFolder(from),
  },
  {
    name: 'the deployed infrastructure imports nothing from infra/local',
    appliesTo: (from) => /^infra\/(constructs|stacks)\//.test(from) || from === 'infra/app.ts',
    forbids: (_, to) => to.startsWith('infra/local/'),
  },
  {
    name: 'the web app imports nothing from functions/, cli/ or infra/',
    appliesTo: (from) => from.startsWith('web/'),
    forbids: (_, to) => /^(functions|cli|infra)\//.test(to),
  },
];

interface Import {
  from: string;
  specifier: string;
  /** Repository path of the imported module; undefined for packages and Node's built-ins. */
  to: string | undefined;
}

/** `#shared/*` → `./shared/*`, as package.json's `imports` maps them. */
const subpathImports = Object.entries(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { imports: Record<string, string> }).imports,
).map(([pattern, target]) => ({ prefix: pattern.replace(/\*$/, ''), target: target.replace(/\*$/, '') }));

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const subpath = subpathImports.find(({ prefix }) => specifier.startsWith(prefix));
  const absolute = subpath
    ? resolve(root, subpath.target, specifier.slice(subpath.prefix.length))
    : specifier.startsWith('.')
      ? resolve(root, dirname(from), specifier)
      : undefined;
  return absolute && relative(root, absolute).split('\\').join('/');
}

/** The module specifiers of a file's imports, exports-from and dynamic imports (comments and strings ignored). */
function importsOf(from: string, source: string): Import[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map(({ fileName }) => ({ from, specifier: fileName, to: resolveSpecifier(from, fileName) }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function offences(imports: Import[]): string[] {
  return imports.flatMap(({ from, specifier, to }) =>
    RULES.filter((rule) => to !== undefined && rule.appliesTo(from) && rule.forbids(from, to)).map(
      (rule) => `${from} → ${specifier} (${to}): ${rule.name}`,
    ),
  );
}

describe('the dependency rules', () => {
  const files = SCANNED.flatMap(sourceFiles);
  const imports = files.flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));
  const internal = imports.filter((i) => i.to !== undefined);

  it('hold for every import of the code', () => {
    expect(offences(imports)).toEqual([]);
  });

  it('read the whole code base, and every rule governs files of it', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(internal.length).toBeGreaterThan(300);
    expect(internal.filter((i) => i.specifier.startsWith('#shared/')).length).toBeGreaterThan(50);
    expect(internal.filter((i) => i.specifier.startsWith('#functions/')).length).toBeGreaterThan(0);
    for (const rule of RULES) expect(files.filter(rule.appliesTo).length, rule.name).toBeGreaterThan(5);
  });

  it('catch a forbidden import whichever way it is written', () => {
    const imports = [
      ...importsOf(
        'shared/deadlines/example.ts',
        [
          "import { a } from '../../functions/planner/handler.js';",
          "import type { B } from '#functions/admin/route.js';",
          "export { c } from '../../cli/io.js';",
          "const d = await import('../../infra/local/localPortalInfo.js');",
          "import { e } from '#shared/store/table.js';",
          "// import { f } from '../../cli/main.js';",
        ].join('\n'),
      ),
      ...importsOf('functions/mailer/example.ts', "import { g } from '#functions/planner/handler.js';\nimport { h } from './deliverMail.js';"),
      ...importsOf('infra/constructs/example.ts', "import { i } from '../local/provisionTable.js';\nimport { j } from '../../shared/store/tableDefinition.js';"),
    ];
    expect(offences(imports)).toEqual([
      "shared/deadlines/example.ts → ../../functions/planner/handler.js (functions/planner/handler.js): shared/ imports nothing from functions/, cli/ or infra/",
      'shared/deadlines/example.ts → #functions/admin/route.js (functions/admin/route.js): shared/ imports nothing from functions/, cli/ or infra/',
      'shared/deadlines/example.ts → ../../cli/io.js (cli/io.js): shared/ imports nothing from functions/, cli/ or infra/',
      'shared/deadlines/example.ts → ../../infra/local/localPortalInfo.js (infra/local/localPortalInfo.js): shared/ imports nothing from functions/, cli/ or infra/',
      "functions/mailer/example.ts → #functions/planner/handler.js (functions/planner/handler.js): a function imports nothing from another function's folder",
      'infra/constructs/example.ts → ../local/provisionTable.js (infra/local/provisionTable.js): the deployed infrastructure imports nothing from infra/local',
    ]);
  });
});
