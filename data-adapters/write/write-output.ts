/**
 * Writes the output folder atomically: everything goes into a temporary folder
 * beside the target, which replaces the target only when all is written. A
 * failed build leaves the previous output untouched.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { escapeRegExp } from '../io/escape-regexp.js';

export interface OutputFile {
  path: string;
  /** Text (written as UTF-8) or bytes (a precompressed copy). */
  text: string | Uint8Array;
}

export interface WriteStats {
  files: number;
  bytes: number;
  /** Bytes by top-level folder (or file). */
  bytesByFolder: Record<string, number>;
}

/** Whether a process with this id is running (a build that is still writing its temporary folder). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed builds left beside `target` (`out.tmp-PID`, `out.old-PID`
 * of processes no longer running: tens of thousands of files each); returns
 * their names.
 */
export async function removeStaleFolders(target: string): Promise<string[]> {
  const name = basename(target);
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(tmp|old)-(\\d+)$`);
  const entries = await readdir(dirname(target)).catch(() => [] as string[]);
  const stale = entries.filter((entry) => {
    const match = pattern.exec(entry);
    return match && Number(match[2]) !== process.pid && !isRunning(Number(match[2]));
  });
  await Promise.all(stale.map((entry) => rm(join(dirname(target), entry), { recursive: true, force: true })));
  return stale;
}

/**
 * Writes `files` (a promised file is awaited in turn), then the files `epilogue` makes from the statistics of what was
 * written (the build report), then swaps the folder in.
 */
export async function writeOutput(
  out: string,
  files: Iterable<OutputFile | Promise<OutputFile>>,
  options: { onFile?: () => void; epilogue?: (stats: WriteStats) => OutputFile[]; onStale?: (names: string[]) => void } = {},
): Promise<WriteStats> {
  const target = resolve(out);
  const stale = await removeStaleFolders(target);
  if (stale.length) options.onStale?.(stale);
  const temporary = `${target}.tmp-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  const made = new Set<string>();
  let count = 0;
  let bytes = 0;
  const bytesByFolder: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const write = async (file: OutputFile) => {
    const full = join(temporary, file.path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    const size = typeof file.text === 'string' ? Buffer.byteLength(file.text) : file.text.byteLength;
    bytes += size;
    const group = file.path.includes('/') ? file.path.slice(0, file.path.indexOf('/')) : file.path;
    bytesByFolder[group] = (bytesByFolder[group] ?? 0) + size;
    count++;
    pending.push(writeFile(full, file.text).then(() => options.onFile?.()));
    // Keep a bounded number of writes in flight.
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  };
  try {
    for (const file of files) await write(await file);
    for (const file of options.epilogue?.({ files: count, bytes, bytesByFolder: { ...bytesByFolder } }) ?? []) await write(file);
    await Promise.all(pending);
    const previous = `${target}.old-${process.pid}`;
    await rm(previous, { recursive: true, force: true });
    await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temporary, target);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await Promise.allSettled(pending);
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  return { files: count, bytes, bytesByFolder };
}
