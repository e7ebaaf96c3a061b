// Lint: typescript-eslint's strict rules everywhere, its type-checked promise rules in the server (where a
// forgotten await loses a write), React hooks rules in the app and console, and the layer boundaries that
// tests/unit/architecture also checks.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const layerBoundaries = {
  core: {
    patterns: [
      { group: ['@server/*', '**/server/**'], message: 'src/core is pure: it may not import the server.' },
      {
        group: ['@tarojs/*', 'react', '**/services/**', '**/components/**', '**/pages/**'],
        message: 'src/core is pure.',
      },
      { group: ['node:*'], message: 'src/core runs in the mini-program too: no Node modules.' },
    ],
  },
  client: {
    patterns: [
      { group: ['@server/*', '**/server/**'], message: 'The server never reaches the mini-program bundle.' },
      { group: ['node:*'], message: 'The mini-program has no Node modules.' },
    ],
  },
  server: {
    patterns: [
      {
        group: ['@tarojs/*', 'react', '**/services/**', '**/components/**', '**/pages/**'],
        message: 'The server does not import client code.',
      },
    ],
  },
}

/** The files the type-checked rules read types in (scripts/check.mjs hands them the type-check's program). */
export const typeAwareFiles = ['src/server/**/*.ts', 'cloudfunctions/**/*.ts']

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-h5/**',
      'dist-console/**',
      '.build/**',
      '.tmp/**',
      '.data/**',
      'coverage/**',
      'node_modules/**',
      'cloudfunctions/**/index.js',
      'cloudfunctions/**/node-sdk-modules.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The function registry holds actions of every input type; `any` there is the honest type.
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      'max-len': [
        'error',
        { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      eqeqeq: ['error', 'smart'],
      // With noUncheckedIndexedAccess, `!` after a length or key check is the honest statement; the
      // type-checker already forces the thought, and an unexpected undefined still throws loudly.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    // Replies parsed from JSON are `any` by nature in test helpers; the assertions are the types.
    rules: { '@typescript-eslint/no-dynamic-delete': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', layerBoundaries.core] } },
  {
    files: [
      'src/pages/**',
      'src/components/**',
      'src/services/**',
      'src/staff/**',
      'src/admin/**',
      'src/life/**',
      'src/*.ts',
      'console/**',
    ],
    rules: { 'no-restricted-imports': ['error', layerBoundaries.client] },
  },
  { files: ['src/server/**/*.ts'], rules: { 'no-restricted-imports': ['error', layerBoundaries.server] } },
  {
    files: typeAwareFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
)
