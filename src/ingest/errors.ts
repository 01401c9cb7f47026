/** Errors the ingest raises for a whole folder (a single bad file is a `LoadProblem`, never an error). */

/** The data folder is missing, not a folder, unreadable, or holds no spec files. */
export class CorpusFolderError extends Error {
  override readonly name = 'CorpusFolderError';
  constructor(
    readonly dir: string,
    readonly reason: 'missing' | 'not-a-folder' | 'unreadable' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

/** One file that could not be loaded: named, with a plain reason. The rest of the folder still loads. */
export interface LoadProblem {
  file: string;
  message: string;
}
