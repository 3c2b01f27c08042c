/** What a command may print; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * The failures a command reports as one line with exit code 2. They live here, apart from the
 * modules that throw them, so that `main.ts` recognises them without loading those modules (and
 * the AWS SDK they bring): `--help` loads nothing but this file.
 */

/** A mistake in how the command was called. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** No portal to talk to: neither a local one running nor a deployment named. */
export class NoPortalError extends Error {
  override readonly name = 'NoPortalError';
}

/** The admin API refused a request; the message is the API's own. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * What every list command prints with --json: one page of items and the cursor of the next
 * (`null` when there is none, as when a command has read every page).
 */
export function printList(io: CliIo, items: readonly unknown[], next: string | null = null): void {
  printJson(io, { items, next });
}

/** Plain-text table with aligned columns. */
export function printTable(io: CliIo, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
}
