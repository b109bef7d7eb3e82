/**
 * Where a job runs, as far as a review comment cares: the forge, its API, the project, the commit,
 * and the pull or merge request if there is one. Built by the faces from the job's environment
 * (the core reads none itself): GitHub's GITHUB_* variables and its event payload, GitLab's CI_*.
 */
export type ReviewContext = {
    forge: 'github';
    apiUrl: string;
    repository: string;
    sha: string;
    /** The branch a push was to (refs/heads/ stripped); for a pull request, its head branch. */
    ref: string;
    pullRequest?: {
        number: number;
        baseSha: string;
        baseRef: string;
        fromFork: boolean;
    };
    /** The job's own token (GITHUB_TOKEN), when the face could see one. */
    token?: string;
} | {
    forge: 'gitlab';
    apiUrl: string;
    projectId: string;
    sha: string;
    ref: string;
    mergeRequest?: {
        iid: number;
        targetBranch: string;
    };
    jobToken?: string;
} | {
    forge: 'none';
};
type Env = Readonly<Record<string, string | undefined>>;
/** The review context of the job, from its environment and (on GitHub) the event payload's JSON. */
export declare function reviewContextFromEnv(env: Env, githubEvent: unknown): ReviewContext;
/** The same, reading the event payload GitHub leaves at GITHUB_EVENT_PATH (none elsewhere). */
export declare function reviewContext(env: Env): Promise<ReviewContext>;
export {};
