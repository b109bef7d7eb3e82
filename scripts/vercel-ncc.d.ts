// @vercel/ncc ships no types; this declares the part of its API the build uses.
declare module '@vercel/ncc' {
  interface NccOptions {
    esm?: boolean;
    filename?: string;
    license?: string;
    quiet?: boolean;
    sourceMap?: boolean;
    transpileOnly?: boolean;
    minify?: boolean;
  }
  interface NccAsset {
    source: string | Buffer;
    permissions?: number;
  }
  function ncc(entry: string, options?: NccOptions): Promise<{ code: string; assets: Record<string, NccAsset> }>;
  export default ncc;
}
