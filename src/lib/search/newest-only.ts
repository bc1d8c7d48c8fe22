/**
 * A task run one at a time, newest first: a run asked for while another is
 * under way waits for it, then starts only if it is still the newest asked
 * for (`isNewest`, true of one run at most); the runs in between never start.
 * The search page runs Pagefind's searches for the reader's words so: keys
 * typed while a word's index chunk is on its way each asked for a search, and
 * all of them ran the moment it arrived, the search for the last key behind
 * the others. A run waits `maxWaitMs` at most: a request that stalls must not
 * hold up a search that needs nothing of it.
 */
export function newestOnly<T>(
  maxWaitMs: number,
): (isNewest: () => boolean, task: () => Promise<T>) => Promise<T | null> {
  let running: Promise<unknown> = Promise.resolve();
  return async (isNewest, task) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      running.catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, maxWaitMs))),
    ]);
    clearTimeout(timer);
    if (!isNewest()) return null;
    const result = task();
    running = result;
    return result;
  };
}
