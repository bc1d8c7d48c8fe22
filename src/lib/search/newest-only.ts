/**
 * A task run one at a time, newest first: a run asked for while another is
 * under way waits for it, then starts only if it is still the newest asked
 * for (`isNewest`, true of one run at most); the runs in between never start.
 * The search page runs Pagefind's searches so: keys typed while a word's index
 * chunk is on its way each asked for a search, and all of them ran the moment
 * it arrived, the search for the last key behind the others.
 */
export function newestOnly<T>(): (isNewest: () => boolean, task: () => Promise<T>) => Promise<T | null> {
  let running: Promise<unknown> = Promise.resolve();
  return async (isNewest, task) => {
    await running.catch(() => undefined);
    if (!isNewest()) return null;
    const result = task();
    running = result;
    return result;
  };
}
