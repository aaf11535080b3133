import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run dev` talks to a backend started by `make run`; CDVL_BACKEND_URL points elsewhere.
const backend = process.env.CDVL_BACKEND_URL || 'http://localhost:8080';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/api': backend, '/q': backend },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // Libraries change less often than our code, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            // Only map pages need Leaflet, so it loads with them.
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/ },
            // Likewise ECharts, for the compliance dashboard only: its renderer first (a group takes
            // the modules it imports), so each file stays under 500 kB.
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Route tests render whole pages and type like a person; on a busy 2-core machine one can
    // take several seconds, which is slowness, not failure.
    testTimeout: 20_000,
  },
});
