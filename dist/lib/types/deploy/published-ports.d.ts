/** One `publish` line: [address:]host-port:container-port[/tcp|udp], as docker run -p takes it. */
export interface PublishedPort {
    address?: string;
    hostPort: number;
    containerPort: number;
    protocol: 'tcp' | 'udp';
}
export declare function parsePublishedPorts(lines: readonly string[]): PublishedPort[];
/** Where a published port is reached from here: its address when it is bound to one, else the docker host. */
export declare function reachableAt(port: PublishedPort | undefined, dockerHostName: string): string;
export declare function publishArgument(port: PublishedPort): string;
/** How a published port reads in a summary: 127.0.0.1:8080 → 80/tcp. */
export declare function describePublished(port: PublishedPort): string;
