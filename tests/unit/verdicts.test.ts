import { describe, expect, it } from 'vitest';
import { verdictsOf } from '../../src/lib/content/verdicts.ts';

const claim = (id: string, entry: string, label: 'exact' | 'wrong' | 'opinion' | 'misleading') => ({
  id,
  data: { entry, label },
});

describe('verdictsOf', () => {
  it('returns every rated claim of the entry, in the order given', () => {
    const claims = [claim('c01', 'a', 'wrong'), claim('c02', 'b', 'exact'), claim('c03', 'a', 'misleading')];
    expect(verdictsOf('a', claims)).toEqual([
      { claim: 'c01', label: 'wrong' },
      { claim: 'c03', label: 'misleading' },
    ]);
  });

  it('leaves out opinions, which carry no rating', () => {
    expect(verdictsOf('a', [claim('c01', 'a', 'opinion')])).toEqual([]);
  });
});
