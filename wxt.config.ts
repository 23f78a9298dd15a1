import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { prebuiltMatcher } from './lib/engine/prebuilt-plugin';

// WXT 0.20 rather than 0.21: 0.21 declares Node >= 22, and this project's machines and CI run Node 20.
export default defineConfig({
  imports: false,
  // The browser tests build into their own folder, so that they never race the build test.
  outDir: process.env.SIYAQ_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), prebuiltMatcher()] }),
  manifest: ({ browser }) => ({
    name: 'Siyaq — سياق',
    description:
      'States and international organisations in Arabic political news, highlighted and explained; a private reading log.',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'siyaq@siyaq.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
