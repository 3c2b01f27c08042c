/** The run-time configuration beside `index.html` (`/config.json`), parsed by the shared contract. */
import { WebConfig } from '#shared/portal/webConfig.js';

export type { WebConfig };

export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return WebConfig.parse(await response.json());
}
