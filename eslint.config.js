import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** An import boundary: files matching `files` must not import from these folders (relative specifiers). */
function boundary(files, folders, why) {
  return {
    files,
    ignores: ['src/inertCore.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'log through src/inertCore.ts, which makes Glue text inert' }],
          patterns: [{ group: folders.flatMap((f) => [`**/${f}/*`, `**/${f}/**`, `**/${f}.js`]), message: why }]
        }
      ]
    }
  }
}

const OUTSIDE_SRC = ['glue-local', '__tests__', 'scripts', 'testkit', 'bench']

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.ci/**', 'out/**'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    }
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
  // The architecture, enforced: src/ stands alone; the modes stand side by side; the layers below never import up.
  boundary(['src/**/*.ts'], OUTSIDE_SRC, 'src/ never imports the tests, the scripts or the local Glue endpoint'),
  boundary(['src/deploy/**'], [...OUTSIDE_SRC, 'start', 'verify'], 'deploy/ does not import another mode'),
  boundary(['src/start/**'], [...OUTSIDE_SRC, 'deploy', 'verify'], 'start/ does not import another mode'),
  boundary(['src/verify/**'], [...OUTSIDE_SRC, 'deploy', 'start'], 'verify/ does not import another mode'),
  boundary(
    ['src/aws/**', 'src/run/**'],
    [...OUTSIDE_SRC, 'deploy', 'start', 'verify', 'inputs', 'session', 'main'],
    'aws/ and run/ sit below the modes and the input readers: they never import them'
  ),
  boundary(
    ['src/pipeline/**', 'src/text.ts'],
    [...OUTSIDE_SRC, 'deploy', 'start', 'verify', 'inputs', 'session', 'main', 'aws', 'run'],
    'pipeline/ and text.ts are the ground floor: they import nothing of the action'
  ),
  boundary(
    ['src/inputs/**'],
    [...OUTSIDE_SRC, 'deploy', 'start', 'verify', 'session', 'main', 'aws', 'run'],
    'inputs/ reads inputs into the pipeline spec: it imports only pipeline/ and text.ts'
  )
)
