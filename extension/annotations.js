// Lede's highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
// the form Hypothesis and other annotation tools read. content.js locates
// each highlight in the page's text (selectors()); this adds what Lede says
// about it. One annotation per highlight shown, in page order.

import { CATEGORIES } from './common.js';

const LABEL = Object.fromEntries(CATEGORIES.map(([kind, , label]) => [kind, label]));

// The comment: who said it and how, or why a claim needs checking.
function comment(a, { kind, index }) {
  if (kind === 'author') return `Author: ${a.authors[index].name}`;
  if (kind === 'claim') {
    const { score, reasons } = a.claims[index];
    return `Check-worthy claim (score ${score.toFixed(2)})${reasons.length ? `: ${reasons.join('; ')}` : ''}`;
  }
  const q = a.quotes[index];
  const who = q.speaker ?? (q.unnamed_speaker ? `${q.unnamed_speaker} (not named)` : 'unattributed');
  return `${LABEL[kind]}: ${who}${q.cue ? ` (${q.cue})` : ''}`;
}

// a: the analysis; located: { source, items: [{ kind, index, quote, position }] }.
export function webAnnotations(a, located, created = new Date().toISOString()) {
  const items = located.items.map((item) => ({
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: 'commenting',
    created,
    generator: { type: 'Software', name: 'Lede' },
    body: [
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: comment(a, item) },
      { type: 'TextualBody', purpose: 'tagging', value: LABEL[item.kind] },
    ],
    target: {
      source: located.source,
      selector: [
        { type: 'TextQuoteSelector', ...item.quote },
        { type: 'TextPositionSelector', ...item.position },
      ],
    },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Lede: ${a.title || located.source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
