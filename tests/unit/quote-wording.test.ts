import { describe, expect, it } from 'vitest';
import { quoteWording, REPORTED_LANGUAGE } from '../../src/lib/content/quote-wording.ts';

const quote = { ref: '§4.2', text: 'très bien que vous ayez risqué de venir' };
const reportedInEnglish = { text: 'very good that you risked coming', source: 'afp' };

describe('the wording a quote is given in beside the article’s words', () => {
  it('is the wording reported in English on an English page, never the site’s translation beside it', () => {
    expect(
      quoteWording({ quote, reportedInEnglish }, 'very good that you dared to come', REPORTED_LANGUAGE),
    ).toEqual({
      kind: 'reported',
      text: reportedInEnglish.text,
      source: 'afp',
    });
  });

  it('is the site’s translation where no wording was reported in that language', () => {
    expect(quoteWording({ quote }, 'very good that you dared to come', 'en')).toEqual({
      kind: 'translation',
      text: 'very good that you dared to come',
    });
    // An English report is not a third language's wording.
    expect(quoteWording({ quote, reportedInEnglish }, 'bone, ke vi riskis veni', 'eo')).toEqual({
      kind: 'translation',
      text: 'bone, ke vi riskis veni',
    });
  });

  it('is nothing on a page in the article’s language, and nothing for words the article does not quote', () => {
    expect(quoteWording({ quote, reportedInEnglish }, undefined, 'fr')).toBeUndefined();
    expect(quoteWording({ reportedInEnglish }, 'x', 'en')).toBeUndefined();
  });
});
