/**
 * The live-session server and its token command as plain Node ESM files in dist-server/, so
 * `npm run collab-server` runs with node alone (no tsx, no Vite at run time). npm packages stay
 * external and are loaded from node_modules (LevelDB is a native module and cannot be bundled).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rolldownOptions: {
      input: { 'collab-server': 'src/server/main.ts', 'collab-token': 'src/server/tokenCli.ts' },
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
});
