import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sizeReportMarker } from '../../src/review/comment-marker.js';
import { GithubApiError, isGithubPermissionError, nextPageUrl, upsertGithubComment } from '../../src/review/github-comments.js';
import { fetchTargetBranchReport } from '../../src/review/gitlab-artifacts.js';
import { GitlabApiError, isGitlabPermissionError, upsertGitlabNote } from '../../src/review/gitlab-notes.js';
import { expectFailure } from '../harness/expect-error.js';
import { startFakeGithubApi, type FakeGithubApi } from '../harness/fake-github-api.js';
import { startFakeGitlabApi, type FakeGitlabApi } from '../harness/fake-gitlab-api.js';

const githubToken = 'ghs_secretTokenValue123';
const marker = sizeReportMarker();

describe('review comments: GitHub pull request comment', () => {
  let api: FakeGithubApi;
  before(async () => {
    api = await startFakeGithubApi({ token: githubToken });
  });
  after(() => api.close());

  const upsert = (issueNumber: number, body: string, extra: { marker?: string; token?: string; repository?: string } = {}) =>
    upsertGithubComment({
      apiUrl: api.url,
      token: extra.token ?? githubToken,
      repository: extra.repository ?? 'octo/firmware',
      issueNumber,
      body: `${extra.marker ?? marker}\n${body}`,
      marker: extra.marker ?? marker,
    });

  it('creates the comment the first time, with the headers GitHub asks for', async () => {
    const result = await upsert(1, 'first');
    assert.equal(result.action, 'created');
    assert.match(result.url, new RegExp(`/octo/firmware/pull/1#issuecomment-${result.id}$`));
    assert.deepEqual(
      api.comments('octo/firmware', 1).map((comment) => comment.body),
      [`${marker}\nfirst`],
    );
    const post = api.requests.find((request) => request.method === 'POST');
    assert.equal(post?.path, '/repos/octo/firmware/issues/1/comments');
    assert.equal(post.headers['authorization'], `Bearer ${githubToken}`);
    assert.equal(post.headers['accept'], 'application/vnd.github+json');
    assert.equal(post.headers['x-github-api-version'], '2022-11-28');
    assert.ok((post.headers['user-agent'] ?? '') !== '');
  });

  it('updates the same comment in place on the next push', async () => {
    const first = api.comments('octo/firmware', 1)[0];
    const result = await upsert(1, 'second');
    assert.deepEqual(result.action, 'updated');
    assert.equal(result.id, first?.id);
    assert.deepEqual(
      api.comments('octo/firmware', 1).map((comment) => [comment.id, comment.body]),
      [[first?.id, `${marker}\nsecond`]],
    );
    assert.equal(api.requests.at(-1)?.method, 'PATCH');
    assert.equal(api.requests.at(-1)?.path, `/repos/octo/firmware/issues/comments/${first?.id}`);
  });

  it('keeps another pull request separate', async () => {
    const result = await upsert(2, 'other pull request');
    assert.equal(result.action, 'created');
    assert.equal(api.comments('octo/firmware', 1).length, 1);
    assert.equal(api.comments('octo/firmware', 2).length, 1);
  });

  it('keeps two keys apart as two comments', async () => {
    const uno = sizeReportMarker('uno');
    const mega = sizeReportMarker('mega');
    await upsert(3, 'uno 1', { marker: uno });
    await upsert(3, 'mega 1', { marker: mega });
    await upsert(3, 'uno 2', { marker: uno });
    assert.deepEqual(
      api.comments('octo/firmware', 3).map((comment) => comment.body),
      [`${uno}\nuno 2`, `${mega}\nmega 1`],
    );
  });

  it('finds its comment on page 2 behind 150 others', async () => {
    api.seedComments('octo/firmware', 4, 150);
    const created = await upsert(4, 'after the crowd');
    assert.equal(created.action, 'created');
    const before = api.requests.length;
    const updated = await upsert(4, 'updated after the crowd');
    assert.equal(updated.action, 'updated');
    assert.equal(updated.id, created.id);
    const comments = api.comments('octo/firmware', 4);
    assert.equal(comments.length, 151);
    assert.equal(comments.at(-1)?.body, `${marker}\nupdated after the crowd`);
    const paths = api.requests.slice(before).map((request) => `${request.method} ${request.path}`);
    assert.deepEqual(paths, [
      'GET /repos/octo/firmware/issues/4/comments?per_page=100&page=1',
      'GET /repos/octo/firmware/issues/4/comments?per_page=100&page=2',
      `PATCH /repos/octo/firmware/issues/comments/${created.id}`,
    ]);
  });

  it('explains a 403 as a missing permission, forks included, and lets the caller tell it apart', async () => {
    api.failPath('/repos/octo/forbidden/', 403);
    const error = await expectFailure(
      'failed',
      () => upsert(1, 'x', { repository: 'octo/forbidden' }),
      /may not comment on octo\/forbidden#1/,
    );
    assert.ok(error instanceof GithubApiError);
    assert.equal(error.status, 403);
    assert.ok(isGithubPermissionError(error));
    assert.match(error.hint ?? '', /pull-requests: write/);
    assert.match(error.hint ?? '', /issues: write/);
    assert.match(error.hint ?? '', /fork/);
    assert.match(error.hint ?? '', /workflow_run/);
    assert.match(error.hint ?? '', /pull_request_target/);
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(githubToken));
  });

  it('tells a rate limit apart from a missing permission', async () => {
    api.failPath('/repos/octo/busy/', 403, 'API rate limit exceeded for installation ID 1');
    const error = await expectFailure('failed', () => upsert(1, 'x', { repository: 'octo/busy' }), /rate limit/);
    assert.ok(!isGithubPermissionError(error));
  });

  it('explains a 404: the wrong repository or number, or a token that cannot see it', async () => {
    api.failPath('/repos/octo/missing/', 404);
    const error = await expectFailure('failed', () => upsert(9, 'x', { repository: 'octo/missing' }), /no pull request octo\/missing#9/);
    assert.match(error.hint ?? '', /repository and the number/);
    assert.match(error.hint ?? '', /cannot see/);
    assert.ok(!isGithubPermissionError(error));
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(githubToken));
  });

  it('says a rejected token is invalid, without showing it', async () => {
    const wrong = 'ghp_wrongWrongWrong';
    const error = await expectFailure('failed', () => upsert(1, 'x', { token: wrong }), /rejected the token \(401 Bad credentials\)/);
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(wrong));
  });

  it('refuses a repository that is not owner/name', async () => {
    await expectFailure('usage', () => upsert(1, 'x', { repository: 'firmware' }), /owner\/name/);
  });

  it('reads the next page from a Link header', () => {
    const link =
      '<https://api.github.com/repositories/1/issues/1/comments?page=1>; rel="prev", <https://api.github.com/repositories/1/issues/1/comments?page=3>; rel="next", <https://api.github.com/repositories/1/issues/1/comments?page=5>; rel="last"';
    assert.equal(nextPageUrl(link), 'https://api.github.com/repositories/1/issues/1/comments?page=3');
    assert.equal(nextPageUrl('<https://api.github.com/x?page=1>; rel="first"'), undefined);
    assert.equal(nextPageUrl(null), undefined);
  });
});

const privateToken = 'glpat-secretTokenValue456';
const jobToken = 'glcbt-jobTokenValue789';
const project = 'group/firmware';

describe('review comments: GitLab merge request note', () => {
  let api: FakeGitlabApi;
  before(async () => {
    api = await startFakeGitlabApi({ privateToken, jobToken });
  });
  after(() => api.close());

  const upsert = (mergeRequestIid: number, body: string, extra: { marker?: string; projectId?: string; tokenKind?: 'job' } = {}) =>
    upsertGitlabNote({
      apiUrl: api.url,
      token: extra.tokenKind === 'job' ? jobToken : privateToken,
      ...(extra.tokenKind === undefined ? {} : { tokenKind: extra.tokenKind }),
      projectId: extra.projectId ?? project,
      mergeRequestIid,
      body: `${extra.marker ?? marker}\n${body}`,
      marker: extra.marker ?? marker,
    });

  it('creates the note the first time, with the project path encoded and PRIVATE-TOKEN', async () => {
    const result = await upsert(1, 'first');
    assert.equal(result.action, 'created');
    assert.deepEqual(
      api.notes(project, 1).map((note) => [note.id, note.body]),
      [[result.id, `${marker}\nfirst`]],
    );
    const post = api.requests.find((request) => request.method === 'POST');
    assert.equal(post?.path, '/api/v4/projects/group%2Ffirmware/merge_requests/1/notes');
    assert.equal(post.headers['private-token'], privateToken);
    assert.deepEqual(JSON.parse(post.body), { body: `${marker}\nfirst` });
    assert.equal(post.headers['content-type'], 'application/json');
  });

  it('updates the same note in place on the next push, and keeps another merge request separate', async () => {
    const first = api.notes(project, 1)[0];
    const result = await upsert(1, 'second');
    assert.equal(result.action, 'updated');
    assert.equal(result.id, first?.id);
    assert.equal(api.requests.at(-1)?.method, 'PUT');
    assert.deepEqual(
      api.notes(project, 1).map((note) => note.body),
      [`${marker}\nsecond`],
    );
    assert.equal((await upsert(2, 'other')).action, 'created');
    assert.equal(api.notes(project, 1).length, 1);
  });

  it('skips system notes even when they carry the marker', async () => {
    api.seedNotes(project, 3, 1, () => ({ body: `${marker}\nchanged the description`, system: true }));
    const result = await upsert(3, 'ours');
    assert.equal(result.action, 'created');
    const notes = api.notes(project, 3);
    assert.equal(notes.length, 2);
    assert.equal(notes[0]?.body, `${marker}\nchanged the description`);
  });

  it('finds its note on page 2 behind 150 others (oldest first)', async () => {
    api.seedNotes(project, 4, 150, (index) => ({ body: `review ${index}`, system: index % 10 === 0 }));
    const created = await upsert(4, 'after the crowd');
    const before = api.requests.length;
    const updated = await upsert(4, 'updated');
    assert.equal(updated.action, 'updated');
    assert.equal(updated.id, created.id);
    assert.equal(api.notes(project, 4).length, 151);
    const paths = api.requests.slice(before).map((request) => `${request.method} ${request.path}`);
    assert.deepEqual(paths, [
      'GET /api/v4/projects/group%2Ffirmware/merge_requests/4/notes?per_page=100&page=1&sort=asc&order_by=created_at',
      'GET /api/v4/projects/group%2Ffirmware/merge_requests/4/notes?per_page=100&page=2&sort=asc&order_by=created_at',
      `PUT /api/v4/projects/group%2Ffirmware/merge_requests/4/notes/${created.id}`,
    ]);
  });

  it('keeps two keys apart as two notes', async () => {
    await upsert(5, 'a', { marker: sizeReportMarker('build-uno') });
    await upsert(5, 'b', { marker: sizeReportMarker('build-mega') });
    await upsert(5, 'a2', { marker: sizeReportMarker('build-uno') });
    assert.deepEqual(
      api.notes(project, 5).map((note) => note.body.split('\n')[1]),
      ['a2', 'b'],
    );
  });

  it('explains a 403: the api scope and the Reporter role', async () => {
    api.failPath('/projects/locked/', 403);
    const error = await expectFailure('failed', () => upsert(1, 'x', { projectId: 'locked' }), /may not comment on !1 of locked/);
    assert.ok(error instanceof GitlabApiError && error.status === 403);
    assert.ok(isGitlabPermissionError(error));
    assert.match(error.hint ?? '', /api scope/);
    assert.match(error.hint ?? '', /Reporter/);
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(privateToken));
  });

  it('explains a 404: no such project or merge request, or not visible', async () => {
    api.failPath('/projects/gone/', 404);
    const error = await expectFailure('failed', () => upsert(7, 'x', { projectId: 'gone' }), /no merge request !7 of gone/);
    assert.match(error.hint ?? '', /cannot see the project/);
    assert.ok(!isGitlabPermissionError(error));
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(privateToken));
  });

  it('says a rejected access token is invalid, which is no reason to only warn', async () => {
    const wrong = 'glpat-wrongWrongWrong';
    const error = await expectFailure(
      'failed',
      () => upsertGitlabNote({ apiUrl: api.url, token: wrong, projectId: project, mergeRequestIid: 1, body: 'x', marker }),
      /rejected the token \(401 Unauthorized\)/,
    );
    assert.ok(!isGitlabPermissionError(error));
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(wrong));
  });

  it('says a job token cannot write notes, sending it as JOB-TOKEN', async () => {
    const error = await expectFailure('failed', () => upsert(1, 'x', { tokenKind: 'job' }), /rejected the token/);
    assert.match(error.hint ?? '', /CI_JOB_TOKEN cannot write merge request notes/);
    assert.ok(isGitlabPermissionError(error));
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(jobToken));
    assert.equal(api.requests.at(-1)?.headers['job-token'], jobToken);
    assert.equal(api.requests.at(-1)?.headers['private-token'], undefined);
  });
});

describe('review comments: GitLab target branch report', () => {
  let api: FakeGitlabApi;
  before(async () => {
    api = await startFakeGitlabApi({ privateToken, jobToken });
    api.addArtifact({ projectId: project, ref: 'main', job: 'build', path: 'out/sizes.json', text: '[1]', sha: 'a'.repeat(40) });
    api.addArtifact({ projectId: project, ref: 'main', job: 'build', path: 'out/sizes.json', text: '[2]', sha: 'b'.repeat(40) });
    api.addArtifact({ projectId: project, ref: 'release/1.x', job: 'build', path: 'out/sizes.json', text: '[3]', sha: 'c'.repeat(40) });
  });
  after(() => api.close());

  const fetchReport = (ref: string, extra: { job?: string; path?: string; tokenKind?: 'job'; projectId?: string } = {}) =>
    fetchTargetBranchReport({
      apiUrl: api.url,
      token: extra.tokenKind === 'job' ? jobToken : privateToken,
      ...(extra.tokenKind === undefined ? {} : { tokenKind: extra.tokenKind }),
      projectId: extra.projectId ?? project,
      ref,
      job: extra.job ?? 'build',
      path: extra.path ?? 'out/sizes.json',
    });

  it("fetches the file from the branch's latest successful pipeline, with its commit", async () => {
    assert.deepEqual(await fetchReport('main'), { text: '[2]', sha: 'b'.repeat(40) });
    assert.ok(
      api.requests.some((request) => request.path === '/api/v4/projects/group%2Ffirmware/jobs/artifacts/main/raw/out/sizes.json?job=build'),
    );
  });

  it('keeps a branch with a slash one path segment', async () => {
    assert.deepEqual(await fetchReport('release/1.x'), { text: '[3]', sha: 'c'.repeat(40) });
    assert.ok(api.requests.some((request) => request.path.includes('/jobs/artifacts/release%2F1.x/raw/')));
  });

  it('still returns the file when a job token may not list pipelines', async () => {
    assert.deepEqual(await fetchReport('main', { tokenKind: 'job' }), { text: '[2]', sha: undefined });
    assert.equal(api.requests.at(-1)?.headers['job-token'], jobToken);
  });

  it('gives undefined, not an error, when there is no such branch, job or file', async () => {
    assert.equal(await fetchReport('feature'), undefined);
    assert.equal(await fetchReport('main', { job: 'test' }), undefined);
    assert.equal(await fetchReport('main', { path: 'other.json' }), undefined);
  });

  it('explains a 403 without showing the token', async () => {
    api.failPath('/projects/private/', 403);
    const error = await expectFailure('failed', () => fetchReport('main', { projectId: 'private' }), /may not read out\/sizes\.json/);
    assert.match(error.hint ?? '', /read_api/);
    assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(privateToken));
  });
});
