import * as core from '@actions/core';
import type { Io, SourceLocation } from '../../src/io.js';

function annotation(where: SourceLocation | undefined): core.AnnotationProperties {
  if (where === undefined) return {};
  const properties: core.AnnotationProperties = { file: where.file };
  if (where.line !== undefined) properties.startLine = where.line;
  if (where.column !== undefined) properties.startColumn = where.column;
  return properties;
}

/** The core's Io on a runner: log lines and workflow-command annotations. */
export function actionsIo(signal: AbortSignal): Io {
  return {
    signal,
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, where) => core.warning(message, annotation(where)),
    error: (message, where) => core.error(message, annotation(where)),
  };
}
