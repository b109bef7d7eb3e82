import { readFile } from 'node:fs/promises';

/**
 * Where a job runs, as far as a review comment cares: the forge, its API, the project, the commit,
 * and the pull or merge request if there is one. Built by the faces from the job's environment
 * (the core reads none itself): GitHub's GITHUB_* variables and its event payload, GitLab's CI_*.
 */
export type ReviewContext =
  | {
      forge: 'github';
      apiUrl: string;
      repository: string;
      sha: string;
      /** The branch a push was to (refs/heads/ stripped); for a pull request, its head branch. */
      ref: string;
      pullRequest?: { number: number; baseSha: string; baseRef: string; fromFork: boolean };
      /** The job's own token (GITHUB_TOKEN), when the face could see one. */
      token?: string;
    }
  | {
      forge: 'gitlab';
      apiUrl: string;
      projectId: string;
      sha: string;
      ref: string;
      mergeRequest?: { iid: number; targetBranch: string };
      jobToken?: string;
    }
  | { forge: 'none' };

type Env = Readonly<Record<string, string | undefined>>;

interface PullRequestEvent {
  pull_request?: {
    number?: unknown;
    base?: { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } };
    head?: { ref?: unknown; repo?: { full_name?: unknown } };
  };
}

function given(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The review context of the job, from its environment and (on GitHub) the event payload's JSON. */
export function reviewContextFromEnv(env: Env, githubEvent: unknown): ReviewContext {
  if (given(env, 'GITHUB_ACTIONS') === 'true' && given(env, 'GITHUB_REPOSITORY') !== undefined) {
    const event = (githubEvent ?? {}) as PullRequestEvent;
    const pr = event.pull_request;
    const number = typeof pr?.number === 'number' ? pr.number : undefined;
    const baseSha = typeof pr?.base?.sha === 'string' ? pr.base.sha : undefined;
    const baseRef = typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined;
    const token = given(env, 'GITHUB_TOKEN');
    return {
      forge: 'github',
      apiUrl: given(env, 'GITHUB_API_URL') ?? 'https://api.github.com',
      repository: given(env, 'GITHUB_REPOSITORY') ?? '',
      sha: given(env, 'GITHUB_SHA') ?? '',
      ref: given(env, 'GITHUB_HEAD_REF') ?? (given(env, 'GITHUB_REF') ?? '').replace(/^refs\/heads\//, ''),
      ...(number !== undefined && baseSha !== undefined && baseRef !== undefined
        ? {
            pullRequest: {
              number,
              baseSha,
              baseRef,
              fromFork: typeof pr?.head?.repo?.full_name === 'string' && pr.head.repo.full_name !== pr.base?.repo?.full_name,
            },
          }
        : {}),
      ...(token === undefined ? {} : { token }),
    };
  }
  if (given(env, 'GITLAB_CI') === 'true' && given(env, 'CI_API_V4_URL') !== undefined) {
    const iid = Number(given(env, 'CI_MERGE_REQUEST_IID'));
    const targetBranch = given(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME');
    const jobToken = given(env, 'CI_JOB_TOKEN');
    return {
      forge: 'gitlab',
      apiUrl: given(env, 'CI_API_V4_URL') ?? '',
      projectId: given(env, 'CI_PROJECT_ID') ?? given(env, 'CI_PROJECT_PATH') ?? '',
      sha: given(env, 'CI_COMMIT_SHA') ?? '',
      ref: given(env, 'CI_COMMIT_REF_NAME') ?? '',
      ...(Number.isInteger(iid) && iid > 0 && targetBranch !== undefined ? { mergeRequest: { iid, targetBranch } } : {}),
      ...(jobToken === undefined ? {} : { jobToken }),
    };
  }
  return { forge: 'none' };
}

/** The same, reading the event payload GitHub leaves at GITHUB_EVENT_PATH (none elsewhere). */
export async function reviewContext(env: Env): Promise<ReviewContext> {
  const eventPath = given(env, 'GITHUB_EVENT_PATH');
  const event: unknown =
    eventPath === undefined
      ? undefined
      : await readFile(eventPath, 'utf8').then(
          (text) => JSON.parse(text) as unknown,
          () => undefined,
        );
  return reviewContextFromEnv(env, event);
}
