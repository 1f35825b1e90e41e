// Draft.js (via fbjs) reads Node's `global`; x.com's own bundler defines it. Imported first.
(globalThis as unknown as { global: typeof globalThis }).global = globalThis;
