// Builds the replica pages (test/replicas/<name>/index.html) that browser tests serve at the real
// site URLs. Each page is built with the real editor libraries it imitates (Lexical, Draft.js, React).
// Output: test/replicas/dist/<name>/index.html, assets under /__replica/ (served by test/e2e/browser.ts).
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const pages = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'dist' && existsSync(join(root, d.name, 'index.html')))
  .map((d) => d.name);

export default defineConfig({
  root,
  base: '/__replica/',
  // Replica pages use the sites' real libraries (React, Draft.js, Lexical) — never preact/compat — so JSX
  // here compiles for React's automatic runtime (vite's default).
  build: {
    outDir: join(root, 'dist'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: { input: Object.fromEntries(pages.map((name) => [name, join(root, name, 'index.html')])) },
  },
  logLevel: 'warn',
});
