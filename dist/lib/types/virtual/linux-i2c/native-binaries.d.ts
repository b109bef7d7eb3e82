/** The Linux architectures the native front ends are built for, as Node names them. */
export declare const nativeArches: readonly ["x64", "arm64", "arm"];
export type NativeArch = (typeof nativeArches)[number];
export declare const shimName = "libboardline-i2c.so";
export declare const fuseName = "boardline-i2c-fuse";
/**
 * Where the native front ends of one architecture are: next to the bundle that runs
 * (dist/cli/index.cjs → dist/native/linux-ARCH), or, run from source under tsx (src/cli/bin.ts),
 * in the checkout's dist/native, where `npm run build` puts them. `script` is the running entry
 * point, the last word of the face's selfCommand.
 */
export declare function nativeDirectory(script: string, arch: NativeArch): string;
/** This machine's architecture among those built, or a clear refusal. */
export declare function hostNativeArch(platform: string, arch: string): NativeArch;
/** The path of a native part, which must exist (a checkout builds them with npm run build). */
export declare function requireNative(script: string, arch: NativeArch, name: string): Promise<string>;
