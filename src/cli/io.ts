/** What the command needs from the outside world, so `run` can be tested in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Size in bytes, checked before reading so a huge file is never loaded. */
  fileSize: (path: string) => Promise<number>;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
}
