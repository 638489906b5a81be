import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // One chunk is right for a desktop app loaded from disk; the budget is 400 KB gzip (see bench).
    chunkSizeWarningLimit: 800,
  },
});
