// Builds the extension for one browser: TARGET=chrome (default) or TARGET=firefox → dist/<target>/.
// scripts/build.mjs runs both and zips them for the stores.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

type Target = 'chrome' | 'firefox';
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** The one manifest.json, adapted: Firefox MV3 runs the background as an event page and needs an id. */
function manifestFor(target: Target): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  manifest.version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
  if (target === 'firefox') {
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'bedside-manner@bedsidemanner.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      // One self-contained content script, kept out of web_accessible_resources so sites cannot detect us.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
});
