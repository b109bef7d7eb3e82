/**
 * Builds what the repository ships: each action's action.yml from its capability definition, one
 * ncc bundle per action plus the CLI, and serialport's native prebuilds beside them; the GitLab
 * component templates and the reference part of each action's page in docs/ from the same definitions.
 *
 * Why CommonJS bundles: the sources are ESM and @actions/* are ESM-only, but serialport loads its
 * native binding through node-gyp-build, which needs `require` and `__dirname` at run time. In an
 * ESM bundle neither exists and the bundle dies at start-up. ncc compiles the ESM sources into a
 * CommonJS bundle (index.cjs) where both exist, so the loader works unchanged.
 *
 * dist/native: virtual-i2c's front ends in C (the LD_PRELOAD shim and the FUSE binary) for
 * linux-x64, -arm64 and -arm, so no runner needs a compiler (scripts/build-native.ts).
 *
 * Why dist/prebuilds: ncc does not relocate node-gyp-build's prebuilds. In the bundle, the loader
 * looks for `prebuilds/<platform>-<arch>/` one directory above the bundle (bindings-cpp resolves
 * `join(__dirname, '../')`), i.e. in dist/, so one copy there serves every bundle.
 */
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionYaml } from '../actions/_lib/action-metadata.js';
import { actionCapabilities } from '../src/capabilities/registry.js';
import { actionName } from '../src/spec/capability.js';
import { writeActionDocs } from './action-docs.js';
import { buildNative } from './build-native.js';
import { writeComponentTemplates } from './component-templates.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The native binding builds shipped: the runners Boardline supports (Pi runners are linux-arm/arm64). */
const prebuiltPlatforms = ['linux-x64', 'linux-arm', 'linux-arm64', 'darwin-x64+arm64', 'win32-x64', 'win32-arm64'];

/**
 * One ncc bundle, made in a process of its own (scripts/bundle-entry.ts): ncc keeps what each run
 * compiled for as long as its process lives, and fifteen bundles in one process outgrew Node's heap.
 */
function bundle(entry: string, outDir: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bundle-entry.ts'), entry, outDir], {
    stdio: 'inherit',
    cwd: root,
  });
}

async function copyPrebuilds(): Promise<void> {
  const require = createRequire(import.meta.url);
  const bindings = dirname(require.resolve('@serialport/bindings-cpp/package.json'));
  const target = join(dist, 'prebuilds');
  await rm(target, { recursive: true, force: true });
  for (const platform of prebuiltPlatforms) {
    await cp(join(bindings, 'prebuilds', platform), join(target, platform), { recursive: true });
  }
}

/**
 * The catalog project tests its components with a firmware and a sketch of its own, because it is
 * published alone and sees no file outside components/. They are copies of the repository's
 * originals, made here so there is one source to edit.
 */
const componentTestFiles: readonly [string, string][] = [
  ['test/fixtures/firmware/banner.c', 'components/tests/firmware/banner.c'],
  ['examples/sketches/blink-banner/blink-banner.ino', 'components/tests/blink-banner/blink-banner.ino'],
  ['examples/sketches/uno-unit-tests/uno-unit-tests.ino', 'components/tests/uno-unit-tests/uno-unit-tests.ino'],
  ['test/fixtures/firmware/scenario-shell.c', 'components/tests/firmware/scenario-shell.c'],
  ['test/fixtures/firmware/uart.h', 'components/tests/firmware/uart.h'],
  ['test/fixtures/wokwi/button-led/diagram.json', 'components/tests/wokwi/button-led/diagram.json'],
  ['test/fixtures/wokwi/button-led/scenario.yaml', 'components/tests/wokwi/button-led/scenario.yaml'],
  ['test/fixtures/wokwi/button-led/wokwi.toml', 'components/tests/wokwi/button-led/wokwi.toml'],
];

async function copyComponentTestFiles(): Promise<void> {
  for (const [from, to] of componentTestFiles) {
    await mkdir(dirname(join(root, to)), { recursive: true });
    await cp(join(root, from), join(root, to));
    console.log(`copied ${from} to ${to}`);
  }
}

/**
 * The library (`import { sdImage } from 'boardline'`): a CommonJS bundle like the others, an ES
 * module beside it that re-exports its names (Node cannot see the names of a bundle's exports
 * statically), and the declarations tsc emits from src/index.ts.
 */
async function buildLibrary(): Promise<void> {
  const out = join(dist, 'lib');
  bundle('src/index.ts', out);
  const library = createRequire(import.meta.url)(join(out, 'index.cjs')) as Record<string, unknown>;
  const names = Object.keys(library)
    .filter((name) => name !== 'default' && name !== '__esModule')
    .sort();
  await writeFile(join(out, 'index.mjs'), `import library from './index.cjs';\n\nexport const { ${names.join(', ')} } = library;\n`);
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.lib.json')], {
    stdio: 'inherit',
  });
  console.log('built dist/lib/index.cjs, index.mjs and types/');
}

async function main(): Promise<void> {
  for (const capability of actionCapabilities) {
    const name = actionName(capability.spec);
    await writeFile(join(root, 'actions', name, 'action.yml'), actionYaml(capability.spec));
    bundle(`actions/${name}/main.ts`, join(dist, name));
    console.log(`built actions/${name}/action.yml and dist/${name}/index.cjs`);
  }
  for (const file of await writeComponentTemplates(join(root, 'components', 'templates'))) console.log(`generated ${file}`);
  for (const file of await writeActionDocs(root)) console.log(`generated the reference in ${file}`);
  await copyComponentTestFiles();
  bundle('src/cli/bin.ts', join(dist, 'cli'));
  // The bin is executable, as npm would make it on install; committed with the same mode.
  await chmod(join(dist, 'cli', 'index.cjs'), 0o755);
  console.log('built dist/cli/index.cjs');
  await buildLibrary();
  await copyPrebuilds();
  console.log(`copied serialport prebuilds for ${prebuiltPlatforms.join(', ')}`);
  for (const file of await buildNative()) console.log(`built ${relative(root, file)}`);
}

await main();
