import { defineConfig } from 'vitest/config';

// The host serves the built app from ui/dist at "/" and the customer chat page (chat.html) at "/chat"; in development,
// Vite proxies the API to a running host.
export default defineConfig({
  build: {
    outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096,
    rollupOptions: { input: { main: 'index.html', chat: 'chat.html' } },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:5080', '/survey': 'http://127.0.0.1:5080' },
  },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
