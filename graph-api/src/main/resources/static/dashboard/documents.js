// A customer's documents (GET /api/customers/{id}/documents, all pages), and the marks the timeline and the list share:
// an icon per document type and the sentiment. Text, subject and promise phrase are shown only when the API sends them
// (ADMIN); author identifiers are shown exactly as sent, so masked ones stay masked.
import { getJson } from './api.js';
import { el, svg, message, decimal, label, when } from './format.js';

export const SENTIMENTS = ['negative', 'neutral', 'positive'];

const MAX_PAGES = 10;

// 16 x 16 stroke drawings centred on 0,0: a speech bubble, a handset, an envelope, a page, a star, a hash.
const ICONS = {
  chat: 'M-6,-5 H6 V3 H-1 L-4,6 V3 H-6 Z',
  call: 'M-5,-6 H-2 L-1,-2 L-3,-1 Q-2,2 1,3 L2,1 L6,2 V5 Q5,6 4,6 Q-6,5 -6,-5 Z',
  email: 'M-6,-4 H6 V5 H-6 Z M-6,-4 L0,1 L6,-4',
  letter: 'M-4,-6 H2 L5,-3 V6 H-4 Z M-2,-1 H3 M-2,2 H3',
  review: 'M0,-6 L1.8,-2 L6,-1.8 L2.8,1 L3.7,5.5 L0,3.2 L-3.7,5.5 L-2.8,1 L-6,-1.8 L-1.8,-2 Z',
  social: 'M-2,-6 L-3,6 M3,-6 L2,6 M-6,-2 H6 M-6,2 H6',
  other: 'M-4,-6 H4 V6 H-4 Z',
};

/** The icon of a document type as an SVG path, for drawing inside an SVG centred at (x, y). */
export function documentIcon(type, x = 0, y = 0) {
  return svg('path', { class: 'icon', d: ICONS[type] ?? ICONS.other, transform: `translate(${x},${y})` });
}

/** The same icon standing alone in HTML text, with the type's name for screen readers. */
export function documentBadge(type) {
  return svg('svg', { class: 'doc-icon', viewBox: '-8 -8 16 16', role: 'img', 'aria-label': type ?? 'document',
    'data-document-type': type }, documentIcon(type));
}

/** "negative −0.40": the label, coloured by its class, and the score. */
export function sentimentBadge(sentiment, score) {
  if (!sentiment) return null;
  return el('span', { class: `sentiment ${sentiment}`, 'data-sentiment': sentiment },
    sentiment + (score === null || score === undefined ? '' : ` ${decimal(score)}`));
}

/** Every document of the customer: {documents, masked}. */
export async function customerDocuments(customerId) {
  const documents = [];
  let masked = false;
  let cursor = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await getJson(`/api/customers/${encodeURIComponent(customerId)}/documents`, { limit: 500, cursor });
    documents.push(...(page.documents ?? []));
    masked = masked || page.personalDataMasked;
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return { documents, masked };
}

let shown = 0;

/** The list under the timeline; loaded is the customerDocuments promise the timeline shares. */
export async function showDocuments(body, loaded) {
  const ticket = ++shown;
  body.replaceChildren(message('loading', 'Loading the documents…'));
  const { documents, masked } = await loaded;
  if (ticket !== shown) return; // a later choice won
  const note = el('p', { class: 'note' }, `${documents.length} documents`
    + (masked ? '; text, subject and author identifiers are masked: sign in as ADMIN to read them' : ''));
  if (!documents.length) {
    body.replaceChildren(note, message('empty', 'No documents are linked to this customer.'));
    return;
  }
  body.replaceChildren(note, el('table', { class: 'documents' },
    el('thead', {}, el('tr', {}, ['when', 'type', 'unit · channel', 'sentiment', 'topic', 'author', 'linked by', 'promise']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, documents.flatMap(row))));
}

function row(d) {
  const author = [d.authorHandle, d.authorEmail, d.authorPhone].filter(Boolean).join(', ');
  const rows = [el('tr', { class: 'document', 'data-document': d.key, 'data-touchpoint': d.touchpointKey },
    el('td', { class: 'when' }, when(d.at)),
    el('td', {}, documentBadge(d.documentType), ` ${d.documentType ?? ''}`, d.direction ? ` (${d.direction})` : ''),
    el('td', {}, [d.businessUnit, d.channel].filter(Boolean).join(' · ')),
    el('td', {}, sentimentBadge(d.sentiment, d.sentimentScore)),
    el('td', { class: 'topic' }, d.topicName ?? d.topic ?? ''),
    el('td', { class: 'author' }, author),
    el('td', {}, d.linkMethod ?? ''),
    el('td', {}, d.promiseType ? `${label(d.promiseType)}, due ${when(d.promiseDueAt)}` : ''))];
  const quote = documentText(d);
  if (quote) rows.push(el('tr', { class: 'document-text', 'data-document-text': d.key }, el('td', { colspan: 8 }, quote)));
  return rows;
}

/** The subject and text when the API sent them (ADMIN only), else nothing at all. */
export function documentText(d) {
  if (!d?.text && !d?.subject) return null;
  return el('blockquote', { class: 'document-text' },
    d.subject ? el('strong', {}, d.subject) : null, d.subject && d.text ? ' ' : null, d.text ?? null);
}
