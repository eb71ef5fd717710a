// Type-aware linting for server, tests and client (see STYLE.md, "Habits").
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries (docs/architecture.md, "Module boundaries").
const root = import.meta.dirname;
const subfolders = (dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
/** Shared by every server module: cross-cutting code, configuration, infrastructure, libraries. */
const SHARED = ['common', 'config', 'database', 'geo', 'storage'];
const SERVER_MODULES = subfolders('src').filter((name) => !SHARED.includes(name));
/** What a server module offers the others; everything else in its folder is its own business. */
const PUBLIC_FACE = [
  '*.module.ts',
  '*.service.ts',
  '*.types.ts',
  '*.guard.ts',
  '*-events.ts',
  '*-templates.ts',
  'dto/**',
  'entities/**',
  '**/index.ts',
];
/**
 * A known crossing in the statements wing, left to its owner: assessment draws its letters with
 * the receipt's PDF helpers.
 */
const PENDING = { statements: ['**/receipts/receipt-pdf.ts'] };
const serverZones = SERVER_MODULES.flatMap((module) =>
  SERVER_MODULES.filter((other) => other !== module).map((other) => ({
    target: `src/${module}/**`,
    from: `src/${other}/**`,
    except: [...PUBLIC_FACE, ...(PENDING[other] ?? [])].map((face) =>
      path.join(root, 'src', other, face),
    ),
    message: `A module imports another only through its public face (${PUBLIC_FACE.join(', ')}): see docs/architecture.md.`,
  })),
);
const sharedZone = {
  target: SHARED.map((name) => `src/${name}/**`),
  from: SERVER_MODULES.map((name) => `src/${name}/**`),
  message: 'Shared code never imports a feature module: see docs/architecture.md.',
};
const CLIENT_FEATURES = subfolders('client/src/features');
const clientZones = [
  ...CLIENT_FEATURES.map((feature) => ({
    target: `client/src/features/${feature}/**`,
    from: CLIENT_FEATURES.filter((other) => other !== feature).map(
      (other) => `client/src/features/${other}/**`,
    ),
    message:
      'Client features never import each other: shared code goes to components, lib, hooks or api.',
  })),
  {
    target: ['components', 'lib', 'hooks', 'api'].map((dir) => `client/src/${dir}/**`),
    from: 'client/src/features/**',
    message: 'Shared client code never imports a feature.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'client/dist/',
      'data/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'client/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Nest's dependency injection reads constructor parameter types at run time, so they must
    // stay value imports in server code.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through AppConfig (src/config), never process.env.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'src/**/*.spec-support.ts'],
    rules: {
      // supertest bodies are `any` by design; tests assert their shape.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'client/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...serverZones, sharedZone, ...clientZones] },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  prettier,
);
