import { describe, expect, it } from 'vitest';
import { verdictsOf, verdictsOnSentence } from '../../src/lib/content/verdicts.ts';

const claim = (
  id: string,
  entry: string,
  label: 'exact' | 'wrong' | 'opinion' | 'misleading',
  ref = '§1.1',
) => ({
  id,
  data: { entry, label, ref },
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
    expect(verdictsOnSentence('§1.1', [claim('c01', 'a', 'opinion')])).toEqual([]);
  });
});

describe('verdictsOnSentence', () => {
  it('returns every rated claim made in the sentence, whichever entry it belongs to, in the order given', () => {
    const claims = [
      claim('c01', 'a', 'wrong', '§3.1'),
      claim('c02', 'b', 'exact', '§3.10'),
      claim('c03', 'b', 'exact', '§3.1'),
      claim('c04', 'a', 'misleading', '§4.1'),
    ];
    expect(verdictsOnSentence('§3.1', claims)).toEqual([
      { claim: 'c01', label: 'wrong' },
      { claim: 'c03', label: 'exact' },
    ]);
    expect(verdictsOnSentence('§9.9', claims)).toEqual([]);
  });
});
