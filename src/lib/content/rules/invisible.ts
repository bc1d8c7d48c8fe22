/**
 * Characters that look alike on screen but not to a comparison: a space and a
 * narrow no-break space, ’ and '. A message that quotes words which "are not
 * found" shows where they differ from the text they should match, by name.
 */

/** Characters an author cannot tell apart from a neighbour by looking, with their names. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  ' ': 'space U+0020',
  '\u00A0': 'no-break space U+00A0',
  '\u202F': 'narrow no-break space U+202F',
  '\u2009': 'thin space U+2009',
  '\u2007': 'figure space U+2007',
  '\u200B': 'zero-width space U+200B',
  '\u2060': 'word joiner U+2060',
  '\uFEFF': 'zero-width no-break space U+FEFF',
  '\u00AD': 'soft hyphen U+00AD',
  '\t': 'tab U+0009',
  "'": 'straight apostrophe U+0027',
  '\u2019': 'curly apostrophe ’ U+2019',
  '\u2018': 'opening quote ‘ U+2018',
  '"': 'straight quote U+0022',
  '\u201C': 'opening quote “ U+201C',
  '\u201D': 'closing quote ” U+201D',
  '-': 'hyphen U+002D',
  '\u2010': 'hyphen U+2010',
  '\u2011': 'no-break hyphen U+2011',
  '\u2013': 'en dash – U+2013',
  '\u2014': 'em dash — U+2014',
};

/** Characters with no mark of their own, shown in a quoted text by name. */
const INVISIBLE = /[\u00A0\u202F\u2009\u2007\u200B\u2060\uFEFF\u00AD\t]/gu;

/** A character's name as a message gives it: "narrow no-break space U+202F", or "x" U+0078. */
export function characterName(char: string): string {
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return LOOKALIKES[char] ?? `"${char}" U+${code}`;
}

/** The text with its invisible characters named in brackets, so a message shows them. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `[${characterName(char)}]`);
}

/**
 * Where words differ from the text they should be found in, when the
 * difference is one an author cannot see: "at character 8, a narrow no-break
 * space U+202F where the text has a space U+0020". Undefined when the words
 * are found, or differ visibly.
 */
export function invisibleDifference(words: string, text: string): string | undefined {
  let length = 0;
  while (length < words.length && text.includes(words.slice(0, length + 1))) length++;
  if (length === words.length || length === 0) return undefined;
  const found = words[length] ?? '';
  const expected = text[text.indexOf(words.slice(0, length)) + length] ?? '';
  if (!(found in LOOKALIKES) && !(expected in LOOKALIKES)) return undefined;
  return `at character ${length + 1}, a ${characterName(found)} where the text has a ${characterName(expected)}`;
}

/** The "not found" message of words and their text: quoted with invisibles named, and where they differ. */
export function notFoundIn(where: string, words: string, text: string): string {
  const difference = invisibleDifference(words, text);
  return `not found verbatim in ${where}: "${showInvisible(words)}"${difference ? ` (${difference})` : ''}`;
}
