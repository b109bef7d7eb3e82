import { access, constants } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BoardlineError } from '../../errors.js';

/** The Linux architectures the native front ends are built for, as Node names them. */
export const nativeArches = ['x64', 'arm64', 'arm'] as const;
export type NativeArch = (typeof nativeArches)[number];

export const shimName = 'libboardline-i2c.so';
export const fuseName = 'boardline-i2c-fuse';

/**
 * Where the native front ends of one architecture are: next to the bundle that runs
 * (dist/cli/index.cjs → dist/native/linux-ARCH), or, run from source under tsx (src/cli/bin.ts),
 * in the checkout's dist/native, where `npm run build` puts them. `script` is the running entry
 * point, the last word of the face's selfCommand.
 */
export function nativeDirectory(script: string, arch: NativeArch): string {
  const fromSource = script.endsWith('.ts');
  const base = fromSource ? join(resolve(dirname(script), '..', '..'), 'dist', 'native') : resolve(dirname(script), '..', 'native');
  return join(base, `linux-${arch}`);
}

/** This machine's architecture among those built, or a clear refusal. */
export function hostNativeArch(platform: string, arch: string): NativeArch {
  const known = (nativeArches as readonly string[]).includes(arch);
  if (platform !== 'linux' || !known) {
    throw new BoardlineError(
      'not-available',
      `virtual-i2c runs on Linux (${nativeArches.join(', ')}); this machine is ${platform} ${arch}`,
      {
        hint: 'Fix: run it on a Linux machine or CI runner',
      },
    );
  }
  return arch as NativeArch;
}

/** The path of a native part, which must exist (a checkout builds them with npm run build). */
export async function requireNative(script: string, arch: NativeArch, name: string): Promise<string> {
  const path = join(nativeDirectory(script, arch), name);
  await access(path, constants.R_OK).catch((error: unknown) => {
    throw new BoardlineError('not-available', `virtual-i2c's ${name} for linux-${arch} is missing: ${path}`, {
      hint: 'Fix: build the native parts with npm run build (in a Boardline checkout; it needs gcc and the cross compilers), or reinstall Boardline',
      cause: error,
    });
  });
  return path;
}
