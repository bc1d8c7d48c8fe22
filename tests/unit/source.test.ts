import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatSentenceRef,
  guillemetPhrases,
  markSpans,
  parseArticle,
  parseSentenceRef,
  sentenceAnchor,
} from '../../src/lib/article/article.ts';

const text = readFileSync(new URL('../../content/article/article.fr.txt', import.meta.url), 'utf8');
const article = parseArticle(text);

/** The segmentation of this article, sentence by sentence. Every § id on the site depends on it. */
const EXPECTED: [string, string][] = [
  [
    '1.1',
    'date 2020-02 Le président biélorusse Alexandre Loukachenko (G) et le secrétaire d’État américain Mike Pompeo (D) à Minsk, le1er février 2020.',
  ],
  ['1.2', '©Fars News'],
  ['2.1', 'Mike Pompeo est devenu le premier secrétaire d’État des États-Unis à se rendre en Biélorussie.'],
  [
    '2.2',
    'Il est arrivé à Minsk et a rencontré le président biélorusse, Alexandre Loukachenko, le 1er février.',
  ],
  [
    '2.3',
    'Un tel changement de cap de la diplomatie US dans ses relations avec un allié traditionnel des Russes a conduit les médias occidentaux à faire des spéculations sur les raisons de cette visite.',
  ],
  [
    '2.4',
    'Selon Reuters, Pompeo s’est rendu à Minsk pour abuser du récent désaccord survenu entre la Russie et la Biélorussie en matière d’énergie.',
  ],
  ['3.1', 'Mike Pompeo est le premier chef de la diplomatie US, à se rendre en Biélorussie après 26 ans.'],
  ['3.2', 'Il est arrivé, le 1er février, à Minsk où il a rencontré le président Alexandre Loukachenko .'],
  [
    '4.1',
    'Le secrétaire d’État américain, Mike Pompeo, a appelé à de réels progrès dans les relations bilatérales avec la Biélorussie et a appelé à des réformes économiques et politiques ainsi qu’à une amélioration des conditions des droits de l’homme.',
  ],
  [
    '4.2',
    'Lukashenko a déclaré à Pompeo qu’il était « très bien que vous ayez risqué de venir à Minsk après divers malentendus entre la Biélorussie et les États-Unis ».',
  ],
  [
    '4.3',
    'Le ministère biélorusse des Affaires étrangères a officiellement salué « le renforcement du rôle des États-Unis en Biélorussie ».',
  ],
  [
    '4.4',
    'Minsk a déclaré que la Biélorussie et les États-Unis avaient de nombreux défis et menaces communs qu’ils devraient affronter conjointement.',
  ],
  [
    '5.1',
    'Pompeo et Lukashenko ont souligné l’accord bilatéral sur « l’échange d’ambassadeurs », en déclarant que les deux pays souhaitaient continuer à normaliser les relations réciproques.',
  ],
  [
    '6.1',
    'Le département d’État américain a, pour sa part, publié une déclaration à l’issue de la rencontre de Mike Pompeo avec le président biélorusse à Minsk, dans laquelle, il fait part de la disponibilité de Washington de normaliser ses relations avec Minisk.',
  ],
  [
    '7.1',
    'Le secrétaire d’État américain Mike Pompeo a fait état dans plusieurs messages postés sur Twitter de l’intérêt de Washington pour renforcer les liens entre les deux pays.',
  ],
  [
    '8.1',
    'Le Département d’État américain a également publié une brève déclaration sur la visite de Pompeo à Minsk et ses visites.',
  ],
  [
    '9.1',
    'La déclaration, se référant à la rencontre du secrétaire d’État américain avec le président biélorusse, prétend que les deux parties « ont parlé de l’engagement des États-Unis en faveur d’une Biélorussie indépendante ».',
  ],
  [
    '10.1',
    'La visite s’est déroulée dans un contexte de nouvelles tensions entre Minsk et Moscou au sujet des approvisionnements énergétiques et de la réticence de Loukachenko à respecter les engagements pris dans le cadre d’un accord conclu avec la Russie.',
  ],
  [
    '11.1',
    'Pour faire court, Minsk cherche à continuer à recevoir des ressources énergétiques bon marché, des technologies, des prêts bon marché, d’autres préférences économiques et commerciales de la Russie, mais il ne veut pas agir comme un allié russe dans les domaines économique, diplomatique et sécuritaire.',
  ],
  ['11.2', 'Une telle approche a créé des problèmes dans les relations entre les deux pays.'],
  [
    '11.3',
    'Le 31 décembre 2019, la Russie a cessé de fournir du pétrole à la Biélorussie suite au refus de Minsk de renégocier le prix du pétrole avec la Russie.',
  ],
  [
    '11.4',
    'C’est dans un tel contexte que Loukachenko accuse la Russie d’arrêter les fournitures du pétrole à la Biélorussie avec pour objectif de détruire ce pays.',
  ],
  [
    '12.1',
    'La politique actuelle des dirigeants biélorusses montre que Loukachenko n’a pas tiré les leçons d’autres « régimes autoritaires » qui flirtaient avec les États-Unis tels que Mouammar Kadhafi en Libye, Slobodan Milosevic en Yougoslavie, Saddam Hussein en Irak, ceux-là mêmes qui pensaient également pouvoir négocier avec les États-Unis d’un accord leur permettant de rester au pouvoir (ou du moins en vie) en échange de la capitulation et en sacrifiant les intérêts nationaux sur l’autel de ceux des USA.',
  ],
  ['12.2', 'Le gouvernement de Loukachenko risque de connaître le même sort.'],
  [
    '13.1',
    'Pompeo et Lukashenko ont dit être convenus pour« l’échange d’ambassadeurs » avec pour objectif de normaliser les relations bilatérales.',
  ],
  [
    '14.1',
    'Après le rattachement de la Crimée à la Russie suite à un référendum, la Biélorussie a refusé de le reconnaître, ce qui est l’une des raisons qui expliquent la tension dans les relations entre la Russie et la Biélorussie.',
  ],
];

describe('the article', () => {
  it('is the verbatim copy received, byte for byte', () => {
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      'b133d4d108745c16bf5ee85744874bb577760a5aae10f1a6545b6144706d7d22',
    );
  });

  it('has 14 paragraphs, the caption first', () => {
    expect(article.paragraphs).toHaveLength(14);
    expect(article.paragraphs[0]?.sentences[0]?.text).toMatch(/^date 2020-02 /);
  });

  it('is segmented into the pinned 26 sentences', () => {
    expect(article.sentences.map((s) => [s.id, s.text])).toEqual(EXPECTED);
  });

  it('keeps every character of each paragraph except the spaces between sentences', () => {
    const paragraphs = text.split('\n').filter((l) => l.trim() !== '');
    article.paragraphs.forEach((p, i) => {
      expect(p.sentences.map((s) => s.text).join(' ')).toBe(paragraphs[i]?.trim());
    });
  });

  it('indexes sentences by id', () => {
    expect(article.byId.get('4.2')?.text).toMatch(/^Lukashenko a déclaré/);
    expect(article.byId.has('15.1')).toBe(false);
  });
});

describe('sentence references', () => {
  it('parses §paragraph.sentence and nothing else', () => {
    expect(parseSentenceRef('§4.2')).toBe('4.2');
    expect(parseSentenceRef('4.2')).toBeUndefined();
    expect(parseSentenceRef('§4')).toBeUndefined();
    expect(parseSentenceRef('§4.2 ')).toBeUndefined();
  });

  it('formats ids and anchors', () => {
    expect(formatSentenceRef('11.3')).toBe('§11.3');
    expect(sentenceAnchor('11.3')).toBe('s11-3');
  });
});

describe('guillemetPhrases', () => {
  it('finds every phrase the article sets in « », whatever its spacing', () => {
    expect(guillemetPhrases(article)).toEqual([
      {
        sentence: '4.2',
        text: 'très bien que vous ayez risqué de venir à Minsk après divers malentendus entre la Biélorussie et les États-Unis',
      },
      { sentence: '4.3', text: 'le renforcement du rôle des États-Unis en Biélorussie' },
      { sentence: '5.1', text: 'l’échange d’ambassadeurs' },
      {
        sentence: '9.1',
        text: 'ont parlé de l’engagement des États-Unis en faveur d’une Biélorussie indépendante',
      },
      { sentence: '12.1', text: 'régimes autoritaires' },
      { sentence: '13.1', text: 'l’échange d’ambassadeurs' },
    ]);
  });
});

describe('markSpans', () => {
  it('marks each span once and leaves the rest plain', () => {
    expect(markSpans('un deux trois', ['deux'])).toEqual([
      { text: 'un ', marked: false },
      { text: 'deux', marked: true },
      { text: ' trois', marked: false },
    ]);
  });

  it('merges overlapping spans and ignores spans that are absent', () => {
    expect(markSpans('abcdef', ['bcd', 'cde', 'xyz'])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcde', marked: true },
      { text: 'f', marked: false },
    ]);
  });

  it('returns the whole text unmarked when there is nothing to mark', () => {
    expect(markSpans('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});
