import { describe, expect, it } from 'vitest';
import { SOCIAL_SIZE, entrySvg, socialSvg, wrapWords } from '../../src/lib/site/social-image.ts';

describe('socialSvg', () => {
  it('draws the card at the size sharing services expect, with the texts escaped', () => {
    const svg = socialSvg({
      title: 'Minsk & <Moscou>',
      label: 'L’énergie',
      subtitle: '"x"',
      colour: '#8a4b06',
    });
    expect(SOCIAL_SIZE).toEqual({ width: 1200, height: 630 });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Minsk &#38; &#60;Moscou&#62;');
    expect(svg).toContain('&#34;x&#34;');
    expect(svg).not.toContain('<Moscou>');
  });
});

describe('entrySvg', () => {
  const verdict = {
    word: 'Faux',
    claim: 'Pompeo est le premier',
    fill: '#c42b22',
    text: '#ffffff',
    edge: '#c42b22',
  };

  it('draws each verdict before the claim it answers, and the title after them', () => {
    const svg = entrySvg({ site: 'Site', title: 'Le premier', verdicts: [verdict] });
    const at = (s: string) => svg.indexOf(s);
    expect(at('FAUX')).toBeGreaterThan(0);
    expect(at('FAUX')).toBeLessThan(at('Pompeo est le premier'));
    expect(at('Pompeo est le premier')).toBeLessThan(at('>Le premier<'));
    expect(svg).toContain('fill="#c42b22"');
  });

  it('keeps long claims inside the card, ending a cut line with an ellipsis', () => {
    const lines = wrapWords('un deux trois quatre cinq six sept huit neuf dix', 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.length <= 13)).toBe(true);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapWords('court', 12, 2)).toEqual(['court']);
  });
});
