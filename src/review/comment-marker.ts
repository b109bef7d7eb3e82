import { BoardlineError } from '../errors.js';

const markerName = 'boardline:size-report';

/**
 * The hidden line that lets a later run find the comment an earlier run posted. An HTML comment,
 * because GitHub and GitLab both drop it from the rendered Markdown. The key keeps reports from
 * different workflows or jobs apart; without it they would overwrite each other's comment.
 */
export function sizeReportMarker(key?: string): string {
  if (key === undefined || key.trim() === '') return `<!-- ${markerName} -->`;
  const trimmed = key.trim();
  // "--" and angle brackets could end the HTML comment early and show the rest of the marker; a
  // line break would stop the whole-line match in containsMarker.
  if (trimmed.length > 100 || /[<>\r\n]/.test(trimmed) || trimmed.includes('--')) {
    throw new BoardlineError('usage', `The size report key "${trimmed.slice(0, 100)}" cannot go in the comment's hidden marker`, {
      hint: 'Fix: use a key of at most 100 characters without "<", ">", "--" or line breaks, e.g. the workflow and job name',
    });
  }
  return `<!-- ${markerName} key=${trimmed} -->`;
}

/**
 * Whether a comment body carries the marker on a line of its own. A whole-line match so that a
 * marker with a key never matches one without (or with another key), and a reply that quotes or
 * mentions the marker inline is not taken for ours.
 */
export function containsMarker(body: string, marker: string): boolean {
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

/** The body as it should be posted: with the marker as its first line if the caller left it out. */
export function withMarker(body: string, marker: string): string {
  return containsMarker(body, marker) ? body : `${marker}\n${body}`;
}
