/**
 * Words that carry no meaning of their own in a question, per language the
 * site publishes in (BCP 47 tag): articles, pronouns, prepositions,
 * conjunctions, question words and the commonest auxiliaries. Compared
 * without accents or case. A locale's language must have its list here (a
 * unit test checks it), so that whole questions find their passage in it.
 */
export const FILLER_WORDS: Readonly<Record<string, string>> = {
  fr: `a ai aie aient ait alors as au aucun aussi autre aux avait avaient avec avez avoir avons ayant
  bon c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci combien comme comment
  d dans de des deja depuis dit donc dont du elle elles en encore entre es est et etaient etait ete etre eu
  eux fait faire fut il ils j je jusqu l la laquelle le lequel les lesquels leur leurs lorsque lui m ma mais me
  meme memes mes moi mon n ne ni nos notre nous on ont ou par pas peu peut plus pour pourquoi qu quand
  que quel quelle quelles quels qui quoi s sa sans se sera serait ses si soit son sont sous sur t ta
  tandis te tel telle tes toi ton tous tout toute toutes tres tu un une vers voici voila vos votre vous vraiment y`,
  en: `a about after all also am an and any are as at be been before being both but by can could did do
  does doing done during each either ever for from had has have having he her here hers him his how i if
  in into is it its itself just me more most my no nor not of off on once only or other our ours out over
  own really said same say says she should so some such than that the their theirs them then there these they
  this those through to too under until up very was we were what when where whether which while who whom
  whose why will with would you your yours`,
};
