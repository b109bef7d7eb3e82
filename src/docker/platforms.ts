import { BoardlineError } from '../errors.js';

/** An OCI platform: os/architecture[/variant], as docker's --platform takes it. */
export interface Platform {
  os: string;
  architecture: string;
  variant: string | undefined;
}

const knownArchitectures = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];
const armVariants = ['v5', 'v6', 'v7'];

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter((part) => part !== undefined).join('/');
}

/** Parses one entry of the `platforms` input; linux/arm means linux/arm/v7, as Docker resolves it. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/');
  const [os, architecture, variant, ...rest] = parts;
  const bad = (why: string): never => {
    throw new BoardlineError('usage', `Input "platforms" has an invalid platform "${text}": ${why}`, {
      hint: 'Fix: write os/architecture[/variant], e.g. linux/arm/v7, linux/arm64 or linux/amd64',
    });
  };
  if (os === undefined || architecture === undefined || rest.length > 0 || os === '' || architecture === '')
    return bad('expected os/architecture[/variant]');
  if (os !== 'linux') return bad('only linux images are built');
  if (!knownArchitectures.includes(architecture))
    return bad(`unknown architecture "${architecture}" (known: ${knownArchitectures.join(', ')})`);
  if (architecture === 'arm') {
    if (variant !== undefined && !armVariants.includes(variant)) return bad(`unknown arm variant "${variant}" (v5, v6 or v7)`);
    return { os, architecture, variant: variant ?? 'v7' };
  }
  if (architecture === 'arm64' && variant !== undefined && variant !== 'v8') return bad('arm64 has only the v8 variant');
  if (architecture !== 'arm64' && variant !== undefined) return bad(`${architecture} takes no variant`);
  return { os, architecture, variant: undefined };
}

export function parsePlatforms(entries: readonly string[]): Platform[] {
  if (entries.length === 0) {
    throw new BoardlineError('usage', 'Input "platforms" is empty', { hint: 'Fix: give at least one platform, e.g. linux/arm/v7' });
  }
  const platforms = entries.map(parsePlatform);
  const names = platforms.map(formatPlatform);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined)
    throw new BoardlineError('usage', `Input "platforms" names ${repeated} twice`, { hint: 'Fix: list each platform once' });
  return platforms;
}

/** Docker's architecture for a Node.js process.arch (the machine the build runs on). */
export function dockerArchitecture(nodeArch: string): string {
  return (
    (
      { x64: 'amd64', ia32: '386', arm: 'arm', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' } as Record<
        string,
        string
      >
    )[nodeArch] ?? nodeArch
  );
}

/**
 * Whether a platform's RUN steps need emulation on this machine. An arm64 machine runs 32-bit
 * arm code itself (the Pi 3/4/5 and most arm64 servers do), so arm/v7 is native there.
 */
export function needsEmulation(platform: Platform, buildArchitecture: string): boolean {
  if (platform.architecture === buildArchitecture) return false;
  return !(platform.architecture === 'arm' && buildArchitecture === 'arm64');
}

/** The binfmt_misc handler QEMU registers for an architecture (qemu-user-static's names). */
export function qemuHandler(architecture: string): string {
  return `qemu-${({ amd64: 'x86_64', arm64: 'aarch64', arm: 'arm', '386': 'i386', ppc64le: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', mips64le: 'mips64el' } as Record<string, string>)[architecture] ?? architecture}`;
}
