/**
 * A CHANGELOG.md (Keep a Changelog) with the corners a release-notes extractor can get wrong: a
 * version another starts with (1.2.3 and 1.2.30), a pre-release of it, blank lines around a
 * section, an indented block, and link references after the last section.
 */
/** The notes of 1.2.3 in it: its section without the blank lines around it. */
export const sampleNotes123 = [
  'The third patch release.',
  '',
  '### Added',
  '',
  '- One thing, with a [link][1.2.3] and `code`.',
  '  Continued on a second line.',
  '',
  '      an indented block',
  '',
  '### Fixed',
  '',
  '- Another thing.',
].join('\n');

export const sampleChangelog = [
  '# Changelog',
  '',
  'All notable changes.',
  '',
  '## [Unreleased]',
  '',
  '### Fixed',
  '',
  '- Not released yet.',
  '',
  '## [1.2.30] - 2026-03-01',
  '',
  '- Thirty.',
  '',
  '## [1.2.3-rc.1] - 2026-02-01',
  '',
  '- A release candidate.',
  '',
  '## [1.2.3] - 2026-01-15',
  '',
  '',
  ...sampleNotes123.split('\n'),
  '',
  '',
  '[Unreleased]: https://github.com/acme/boardline/compare/v1.2.30...HEAD',
  '[1.2.30]: https://github.com/acme/boardline/compare/v1.2.3...v1.2.30',
  '[1.2.3]: https://github.com/acme/boardline/releases/tag/v1.2.3',
  '',
].join('\n');
