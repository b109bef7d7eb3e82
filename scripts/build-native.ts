/**
 * Builds virtual-i2c's native front ends (src/native/virtual-i2c) for every Linux architecture a
 * runner or a Pi may have, so a user of the action never needs a compiler:
 *
 *   dist/native/linux-ARCH/libboardline-i2c.so   the LD_PRELOAD shim (dynamic: it lives in the program's libc)
 *   dist/native/linux-ARCH/boardline-i2c-fuse    the FUSE front end (static: runs on any runner as is)
 *
 * With Debian's compilers: gcc, and the cross compilers gcc-aarch64-linux-gnu and
 * gcc-arm-linux-gnueabihf. A missing compiler is an error naming its package, never a skipped
 * architecture. The build is reproducible: no timestamps, the repository path mapped to ".", and
 * --build-id derived from the content, so a rebuild from the same sources is byte-identical.
 *
 * Usage: tsx scripts/build-native.ts [--arch x64,arm64,arm]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = 'src/native/virtual-i2c';

export type NativeArch = 'x64' | 'arm64' | 'arm';

/**
 * The FUSE binaries are linked statically with the GNU C Library, whose licence (LGPL-2.1-or-later)
 * lets a static binary be shipped when its users can relink it: these sources and this script do that.
 */
const staticLinkNotice = `boardline-i2c-fuse (every linux-ARCH directory)
Linked statically with the GNU C Library (glibc) of Debian 12, licensed LGPL-2.1-or-later
(https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html); its source: https://sources.debian.org/src/glibc/.
To relink it with another C library build, compile Boardline's own sources (MIT) in src/native/virtual-i2c
with scripts/build-native.ts, changing the compiler or its flags there.

libboardline-i2c.so links the C library dynamically, as the program it is loaded into does.
`;

/** Each architecture's compiler and the Debian packages that provide it (and its libc headers). */
const compilers: Record<NativeArch, { cc: string; packages: string[] }> = {
  x64: { cc: 'gcc', packages: ['gcc', 'libc6-dev'] },
  arm64: { cc: 'aarch64-linux-gnu-gcc', packages: ['gcc-aarch64-linux-gnu', 'libc6-dev-arm64-cross'] },
  arm: { cc: 'arm-linux-gnueabihf-gcc', packages: ['gcc-arm-linux-gnueabihf', 'libc6-dev-armhf-cross'] },
};

export const nativeArchs = Object.keys(compilers) as NativeArch[];

/** The code both binaries share: the bus client and the i2c-dev semantics. */
const shared = ['bus-client.c', 'i2c-dev.c', 'smbus-emulation.c'];
const shim = ['preload.c', ...shared];
const fuse = ['fuse-main.c', 'fuse-session.c', 'caller-memory.c', ...shared];

function commonFlags(): string[] {
  return [
    '-std=c11',
    '-O2',
    '-Wall',
    '-Wextra',
    '-Werror',
    // Reproducible: paths in the output are relative to the repository, whatever its location.
    `-ffile-prefix-map=${root}=.`,
    '-Wl,--build-id=sha1',
    '-s',
  ];
}

function checkCompiler(arch: NativeArch): void {
  const { cc, packages } = compilers[arch];
  const probe = spawnSync(cc, ['--version'], { stdio: 'ignore' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `build-native: the C compiler for linux-${arch} (${cc}) is missing. ` + `Install it with: apt-get install ${packages.join(' ')}`,
    );
  }
}

/** Compiles into `<output>.partial`, returned: the caller renames once every build succeeded. */
function compile(cc: string, args: string[], output: string): string {
  const partial = `${output}.partial`;
  execFileSync(cc, [...commonFlags(), ...args, '-o', partial], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, LC_ALL: 'C', SOURCE_DATE_EPOCH: '0' },
  });
  return partial;
}

/** Builds the shim and the FUSE binary for the given architectures into dist/native/linux-ARCH/. */
export async function buildNative(archs: readonly NativeArch[] = nativeArchs): Promise<string[]> {
  for (const arch of archs) checkCompiler(arch);
  // Everything is built first and renamed at the end: a failed build leaves dist/ as it was.
  const built: Array<[partial: string, output: string]> = [];
  for (const arch of archs) {
    const { cc } = compilers[arch];
    const out = join(root, 'dist', 'native', `linux-${arch}`);
    await mkdir(out, { recursive: true });
    const library = join(out, 'libboardline-i2c.so');
    const binary = join(out, 'boardline-i2c-fuse');
    const shimArgs = ['-fPIC', '-shared', '-fvisibility=hidden', '-pthread', ...shim.map((f) => `${sources}/${f}`), '-ldl'];
    built.push([compile(cc, shimArgs, library), library]);
    built.push([compile(cc, ['-static', ...fuse.map((f) => `${sources}/${f}`)], binary), binary]);
  }
  for (const [partial, output] of built) {
    await rm(output, { force: true });
    await rename(partial, output);
  }
  const notice = join(root, 'dist', 'native', 'licenses.txt');
  await writeFile(notice, staticLinkNotice);
  return [...built.map(([, output]) => output), notice];
}

function parseArchs(argv: readonly string[]): NativeArch[] {
  const index = argv.indexOf('--arch');
  if (index < 0) return nativeArchs;
  const names = (argv[index + 1] ?? '').split(',').filter((name) => name !== '');
  for (const name of names) {
    if (!(name in compilers)) throw new Error(`build-native: unknown --arch ${name} (one of ${nativeArchs.join(', ')})`);
  }
  return names as NativeArch[];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const file of await buildNative(parseArchs(process.argv.slice(2)))) console.log(file.slice(root.length + 1));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
