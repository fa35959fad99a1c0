import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '**/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        chrome: 'readonly', window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        URL: 'readonly', URLSearchParams: 'readonly', crypto: 'readonly', fetch: 'readonly', performance: 'readonly',
        process: 'readonly', Buffer: 'readonly', location: 'readonly', globalThis: 'readonly', AbortSignal: 'readonly',
        DOMException: 'readonly', addEventListener: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly',
      },
    },
    rules: {
      // Errors cross contexts as values; a swallowed exception is a bug.
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Nothing is loaded or evaluated from the network or from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Only the messaging wrapper calls runtime.sendMessage (STYLE.md practice 2).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='sendMessage'][callee.object.property.name='runtime']",
          message: 'Use the typed senders in src/shared/messaging/channels.ts.',
        },
      ],
    },
  },
  {
    files: ['src/shared/messaging/send.ts', 'test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/lab/party/**/*.js', 'scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', RTCPeerConnection: 'readonly', Audio: 'readonly', MediaStream: 'readonly', AudioContext: 'readonly', performance: 'readonly' } },
  },
);
