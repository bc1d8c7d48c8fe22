import { describe, expect, it } from 'vitest';
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
    const run = newestOnly<string>();
    const result = run(() => true, a.run);
    a.finish();
    expect(await result).toBe('a');
    expect(started).toEqual(['a']);
  });

  it('lets the newest asked for while one runs start after it, and never the ones in between', async () => {
    const started: string[] = [];
    let newest = 'a';
    const run = newestOnly<string>();
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
    const run = newestOnly<string>();
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
    const run = newestOnly<string>();
    const a = task('a', started);
    const b = task('b', started);
    const first = run(() => true, a.run);
    const second = run(() => true, b.run);
    a.fail();
    await expect(first).rejects.toThrow('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    b.finish();
    expect(await second).toBe('b');
    expect(started).toEqual(['a', 'b']);
  });
});
