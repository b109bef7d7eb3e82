/**
 * Makes one ncc bundle: `tsx scripts/bundle-entry.ts <entry> <outDir>` writes <outDir>/index.cjs and
 * its assets (licenses.txt with the flasher stubs' entry where the bundle carries them). The build
 * runs it once per bundle, each in its own process.
 */
import ncc from '@vercel/ncc';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stubImageFor, stubSource } from '../src/flash/esp/stub-images.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The licence entry of Espressif's flasher stubs, for the bundles that carry them. ncc lists the
 * packages whose code it bundles; the stub images come from esptool-js as JSON, which gives no
 * entry, so it is added here, in ncc's format, with esptool-js's own licence file.
 */
async function stubLicenceEntry(code: string): Promise<string> {
  const marker = stubImageFor('ESP32')?.entry;
  if (marker === undefined || !code.includes(`"entry":${marker}`)) return '';
  const require = createRequire(import.meta.url);
  const licence = await readFile(join(dirname(require.resolve('esptool-js/package.json')), 'LICENSE'), 'utf8');
  return `\n\nesptool-js (the flasher stub images: ${stubSource})\nApache-2.0\n${licence.trim()}`;
}

async function bundle(entry: string, outDir: string): Promise<void> {
  const output = await ncc(join(root, entry), {
    esm: false,
    filename: 'index.cjs',
    license: 'licenses.txt',
    quiet: true,
    sourceMap: false,
  });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.cjs'), output.code);
  const stubLicence = await stubLicenceEntry(output.code);
  for (const [name, asset] of Object.entries(output.assets)) {
    await mkdir(dirname(join(outDir, name)), { recursive: true });
    const source = name === 'licenses.txt' ? `${asset.source.toString().trimEnd()}${stubLicence}\n` : asset.source;
    await writeFile(join(outDir, name), source);
  }
}

const [entry, outDir] = process.argv.slice(2);
if (entry === undefined || outDir === undefined) {
  console.error('usage: tsx scripts/bundle-entry.ts <entry> <outDir>');
  process.exit(2);
}
await bundle(entry, resolve(root, outDir));
