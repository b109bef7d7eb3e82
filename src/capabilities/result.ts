/** A JSON-compatible value a capability reports as an output. */
export type OutputValue = string | number | boolean | null | OutputValue[] | { [key: string]: OutputValue };

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
}

/** An output as the Actions runner and dotenv files carry it: a string, objects as JSON. */
export function outputToString(value: OutputValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
