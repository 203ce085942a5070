// Lint: security rules and the architecture's import boundaries. Types are checked by tsc.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'web-ext-artifacts/**', 'test/fixtures/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'no-unsanitized': nounsanitized, '@typescript-eslint': tseslint.plugin },
    rules: {
      // Extension pages never turn strings into HTML or code.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-debugger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: no browser extension APIs, no platform layer.
    files: ['src/core/**/*.ts', 'src/settings/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill', '**/platform/**', '**/popup/**', '**/background/**', '**/content/**', '**/cli/**', 'node:*', 'jsdom'] }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'localStorage', 'fetch'],
    },
  },
  {
    // Only the platform layer talks to the browser.
    files: ['src/**/*.ts'],
    ignores: ['src/platform/**', 'src/core/**', 'src/settings/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Browser APIs go through src/platform/.' }] }],
    },
  },
);
