import packageJson from '../package.json' with { type: 'json' };

/** The version of this Boardline build, as published. */
export const boardlineVersion: string = packageJson.version;
