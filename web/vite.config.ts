/**
 * The web portal's build: Preact through Vite's own JSX transform (no Babel), one entry, hashed
 * assets in `web/dist`. The page must run under `script-src 'self'; style-src 'self'`: no inline
 * script or style, so the module preload polyfill (an inline script) is off.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Every asset a file of its own: a data: URL would need `img-src data:` or an inline style.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
