import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  worker: { format: 'es' },
  // Worker-only dependencies are pre-bundled up front so dev mode does not reload mid-run.
  optimizeDeps: { include: ['comlink', 'seedrandom', 'zod', 'd3'] },
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
