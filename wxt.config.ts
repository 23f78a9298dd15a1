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
  // No module-preload polyfill: it fetches, and extension pages load their chunks without it.
  vite: () => ({ plugins: [preact(), prebuiltMatcher()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    // Names and descriptions from public/_locales, the interface's own strings (lib/i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: "Scan this page" on any site, only when the user asks. Other sites
    // are scanned only once the user allows each one (optional host permissions); never all sites.
    // unlimitedStorage: the reading log is kept for years, never evicted for space.
    // storage: the user's preferences (language, highlighting, sites).
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // '*://' as the sites are asked for: Firefox refuses a request wider than what is declared
    // (its '*' takes in ws: and wss: too).
    optional_host_permissions: ['*://*/*'],
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Scan this page for states and organisations',
      },
    },
    // The highlights are CSS Custom Highlights (Chrome 105, Firefox 140): no browser that installs
    // Siyaq lacks them, so the page's DOM is never changed to show them.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
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
