/** A JSON-compatible value a capability reports as an output. */
export type OutputValue = string | number | boolean | null | OutputValue[] | {
    [key: string]: OutputValue;
};
/**
 * What a capability returns: plain data each face renders. The action sets `outputs` (objects as
 * JSON) and appends `summary` to the job summary; the CLI prints `text`, or everything with --json.
 */
export interface CapabilityResult {
    outputs: Record<string, OutputValue>;
    /** Markdown for the job summary. */
    summary: string;
    /** What a person at a terminal reads. */
    text: string;
    /**
     * What later steps of the job need in their environment (a tool's directory on PATH, variables).
     * The action hands it to the runner; the CLI prints it as `export` lines a shell can eval.
     */
    environment?: JobEnvironment;
}
export interface JobEnvironment {
    path: string[];
    variables: Record<string, string>;
}
/** POSIX shell lines that put a JobEnvironment into effect: `eval "$(boardline setup-arduino-cli)"`. */
export declare function exportLines(environment: JobEnvironment): string;
/** An output as the Actions runner and dotenv files carry it: a string, objects as JSON. */
export declare function outputToString(value: OutputValue): string;
