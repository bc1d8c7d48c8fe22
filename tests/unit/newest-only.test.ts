import { describe, expect, it, vi } from 'vitest';
import { newestOnly } from '../../src/lib/search/newest-only.ts';

/** A task whose end the test decides, and which notes when it starts. */
function task(name: string, started: string[]) {
  let finish: (value: string) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    run: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: () => fail(new Error(name)),
  };
}

describe('newestOnly', () => {
  it('runs at once when nothing runs', async () => {
    const started: string[] = [];
    const a = task('a', started);
    const run = newestOnly<string>(60_000);
    const result = run(() => true, a.run);
    a.finish();
    expect(await result).toBe('a');
    expect(started).toEqual(['a']);
  });

  it('lets the newest asked for while one runs start after it, and never the ones in between', async () => {
    const started: string[] = [];
    let newest = 'a';
    const run = newestOnly<string>(60_000);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => task(name, started));
    const ask = (name: string, t: ReturnType<typeof task>) => {
      newest = name;
      return run(() => newest === name, t.run);
    };
    const first = ask('a', a as ReturnType<typeof task>);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a']);
    const second = ask('b', b as ReturnType<typeof task>);
    const third = ask('c', c as ReturnType<typeof task>);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a']);
    a?.finish();
    expect(await first).toBe('a');
    expect(await second).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'c']);
    c?.finish();
    expect(await third).toBe('c');
  });

  it('starts none but the newest of those asked for together', async () => {
    const started: string[] = [];
    let newest = '';
    const run = newestOnly<string>(60_000);
    const tasks = ['a', 'b', 'c'].map((name) => task(name, started));
    const results = tasks.map((t, i) => {
      const name = ['a', 'b', 'c'][i] ?? '';
      newest = name;
      return run(() => newest === name, t.run);
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['c']);
    tasks[2]?.finish();
    expect(await Promise.all(results)).toEqual([null, null, 'c']);
  });

  it('goes on after a run that failed', async () => {
    const started: string[] = [];
    const run = newestOnly<string>(60_000);
    const a = task('a', started);
    const b = task('b', started);
    const first = run(() => true, a.run);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = run(() => true, b.run);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a']);
    a.fail();
    await expect(first).rejects.toThrow('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'b']);
    b.finish();
    expect(await second).toBe('b');
  });

  it('waits no longer than it is told for a run that never ends', async () => {
    vi.useFakeTimers();
    try {
      const started: string[] = [];
      const run = newestOnly<string>(1000);
      const stalled = task('stalled', started);
      const next = task('next', started);
      void run(() => true, stalled.run);
      await vi.advanceTimersByTimeAsync(0);
      const result = run(() => true, next.run);
      await vi.advanceTimersByTimeAsync(999);
      expect(started).toEqual(['stalled']);
      await vi.advanceTimersByTimeAsync(1);
      expect(started).toEqual(['stalled', 'next']);
      next.finish();
      expect(await result).toBe('next');
    } finally {
      vi.useRealTimers();
    }
  });
});
