/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The NestJS server serves the built files from client/dist and answers /api on the same
// origin, so the dev server only has to forward /api to it.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // '/src' is resolved from the project root (client/), matching "paths" in tsconfig.json.
    alias: { '@': '/src' },
  },
  // Unit tests of the client's utilities (Vitest, with this file's resolution); `npm test` runs them.
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000' },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: an app release does not invalidate the cached libraries.
        codeSplitting: {
          groups: [
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              // Drawing tools of the planners' area editor: loaded only with that page.
              name: 'geoman',
              test: /node_modules[\\/](@geoman-io|@turf|polyclip-ts|splaytree-ts|bignumber\.js|lodash)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
