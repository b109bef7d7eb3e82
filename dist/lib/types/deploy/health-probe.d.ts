/** What `health` asks for: an HTTP answer, a TCP listener, the image's own HEALTHCHECK, or nothing. */
export type HealthProbe = {
    kind: 'http';
    host?: string;
    port: number;
    path: string;
    scheme: 'http' | 'https';
} | {
    kind: 'tcp';
    host?: string;
    port: number;
} | {
    kind: 'docker';
} | {
    kind: 'none';
} | {
    kind: 'auto';
};
export declare function parseHealth(value: string): HealthProbe;
export declare function describeProbe(probe: HealthProbe, host: string): string;
/** One attempt's verdict: healthy, or why not yet. */
export interface ProbeAnswer {
    healthy: boolean;
    said: string;
    /** No answer within the attempt's deadline (as opposed to a refusal or an error status). */
    timedOut?: boolean;
}
/** One probe of a network health check, from this machine to the docker host's published port. */
export declare function probeOnce(probe: HealthProbe & {
    kind: 'http' | 'tcp';
}, dockerHostName: string, timeoutMs: number): Promise<ProbeAnswer>;
