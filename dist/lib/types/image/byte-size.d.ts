/** "2G", "1500M", "512MiB", "4096" (bytes) as bytes, in powers of two as disk tools count; undefined when not a size. */
export declare function parseByteSize(text: string): number | undefined;
/** Bytes for people: 1.4 GiB, 312 MiB, 18 KiB. */
export declare function formatBytes(bytes: number): string;
export declare const mebibyte: number;
export declare function roundUpTo(value: number, step: number): number;
