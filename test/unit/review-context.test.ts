import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewContextFromEnv } from '../../src/review/review-context.js';

describe('review context from the job environment', () => {
  it('reads a GitHub pull request from its event payload, a fork told apart', () => {
    const context = reviewContextFromEnv(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/fw',
        GITHUB_SHA: 'b1',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_HEAD_REF: 'feature',
      },
      {
        pull_request: {
          number: 7,
          base: { sha: 'a1', ref: 'main', repo: { full_name: 'acme/fw' } },
          head: { ref: 'feature', repo: { full_name: 'someone/fw' } },
        },
      },
    );
    assert.deepEqual(context, {
      forge: 'github',
      apiUrl: 'https://api.github.com',
      repository: 'acme/fw',
      sha: 'b1',
      ref: 'feature',
      pullRequest: { number: 7, baseSha: 'a1', baseRef: 'main', fromFork: true },
    });
  });

  it('a GitHub push has a branch and no pull request', () => {
    const context = reviewContextFromEnv(
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/fw', GITHUB_SHA: 'a1', GITHUB_REF: 'refs/heads/main' },
      {},
    );
    assert.equal(context.forge === 'github' && context.ref, 'main');
    assert.equal(context.forge === 'github' && context.pullRequest, undefined);
  });

  it('reads a GitLab merge request pipeline, and nothing outside CI', () => {
    const context = reviewContextFromEnv(
      {
        GITLAB_CI: 'true',
        CI_API_V4_URL: 'https://gitlab.example.com/api/v4',
        CI_PROJECT_ID: '42',
        CI_COMMIT_SHA: 'c1',
        CI_COMMIT_REF_NAME: 'feature',
        CI_MERGE_REQUEST_IID: '3',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        CI_JOB_TOKEN: 'job',
      },
      undefined,
    );
    assert.deepEqual(context, {
      forge: 'gitlab',
      apiUrl: 'https://gitlab.example.com/api/v4',
      projectId: '42',
      sha: 'c1',
      ref: 'feature',
      mergeRequest: { iid: 3, targetBranch: 'main' },
      jobToken: 'job',
    });
    assert.deepEqual(reviewContextFromEnv({}, undefined), { forge: 'none' });
  });
});
