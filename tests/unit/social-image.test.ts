import { describe, expect, it } from 'vitest';
import { SOCIAL_SIZE, socialSvg } from '../../src/lib/site/social-image.ts';

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
