import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  // Parallel builds (e2e in one folder, a demo in another) must not overwrite each other.
  outDir: process.env.GOVMARK_OUT_DIR ?? '.output',
  // Chrome refuses a content script holding a literal U+FFFF (Dexie has one): ../shared/TESTING.md, pitfall 1.
  experimental: { escapeUnicode: true },
  vite: () => ({
    plugins: [preact()],
    // GOVMARK_MINIFY=0: readable function names in a profile of the built extension.
    ...(process.env.GOVMARK_MINIFY === '0' ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Least privilege (docs/extension.md): no `tabs`, no host access at install beyond the content script's sites;
    // other sites only when the user asks (activeTab) or grants them in the options page.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // The note card's frame (issue 12, docs/extension.md): pages may load it only by a per-session dynamic URL
    // (Chrome; Firefox's moz-extension:// host is a random per-install UUID anyway); it idles until handed a port.
    web_accessible_resources: [
      {
        // notes-ui.js: the notes UI's script, which the content script imports into its own world on first
        // use (docs/extension.md). It holds code only (no note, no key); run by a page, it reaches no background.
        resources: ['note-frame.html', 'notes-ui.js'],
        // Any http(s) page: GovMark also runs on sites the reader adds or asks for (activeTab).
        matches: ['*://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'analyze-page': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_commandAnalyzePage__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandAddNote__' },
    },
    ...(browser === 'firefox'
      ? {
          // Desktop ESR 140 is the oldest Firefox that knows data_collection_permissions (docs/extension.md);
          // Firefox for Android learnt it in 142, so Android's own minimum says so.
          browser_specific_settings: {
            gecko: {
              id: 'govmark@govmark.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
