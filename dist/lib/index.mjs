import library from './index.cjs';

export const { BoardlineError, buildSdImage, componentNames, consoleIo, loadImageConfig, piBoards, processContext, sdImage } = library;
