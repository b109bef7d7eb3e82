import { BoardlineError } from '../errors.js';

/**
 * A failure a forge's API (GitHub's, GitLab's) answered, keeping its HTTP status so a caller can
 * tell a token that may not write (a fork's pull request: warn) from one that is wrong (fail).
 */
export class ForgeApiError extends BoardlineError {
  constructor(
    readonly status: number,
    message: string,
    hint: string,
  ) {
    super('failed', message, { hint });
    this.name = new.target.name;
  }
}

/** A server may echo what it was sent: the token must never reach a log through an error message. */
export function withoutToken(text: string, token: string): string {
  return token === '' ? text : text.replaceAll(token, '***');
}
