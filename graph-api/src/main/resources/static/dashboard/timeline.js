// One customer's journey (GET /api/customers/{id}/journey, all pages) with their silo gaps
// (GET /api/silo-gaps?customerId=) marked on it: an SVG with a lane per business unit over time, then the steps as a
// table with each gap placed where it happened. Steps that are documents (chats, calls, e-mails, letters) carry their
// type's icon, sentiment and topic from the journey itself, and their text when the customer's documents came with it.
import { getJson } from './api.js';
import { el, svg, message, decimal, label, when, colourOf } from './format.js';
import { documentBadge, documentIcon, documentText, sentimentBadge } from './documents.js';

const WIDTH = 960;
const LANE = 46;
const MARGIN = { top: 30, right: 20, bottom: 30, left: 110 };
const MAX_PAGES = 10;

let shown = 0;

/** documentsLoaded: the customer's documents (customerDocuments); if it fails, the steps show without text. */
export async function showTimeline(section, body, customerId, chosenGapKey, documentsLoaded) {
  const ticket = ++shown;
  section.hidden = false;
  section.querySelector('h2').textContent = `Journey of ${customerId}`;
  body.replaceChildren(message('loading', 'Loading the journey…'));
  section.scrollIntoView({ block: 'start' });
  const [steps, gaps, documents] = await Promise.all([journey(customerId), customerGaps(customerId),
    documentsLoaded.catch(() => null)]); // the documents list below shows that failure
  if (ticket !== shown) return; // a later choice won
  const texts = new Map((documents?.documents ?? []).map((d) => [d.key, d]));
  // Only the chosen gap's evidence is ringed: a customer's gaps together often cover every step.
  const evidence = new Set(gaps.find((g) => g.key === chosenGapKey)?.evidence ?? []);
  body.replaceChildren(...[
    el('p', { class: 'note' }, `${steps.length} touchpoints, ${gaps.length} silo gaps`),
    steps.length
      ? [picture(steps, gaps, evidence, chosenGapKey), legend(steps)]
      : message('empty', 'This customer has no touchpoints.'),
    table(steps, gaps, evidence, chosenGapKey, texts)].flat());
}

async function journey(customerId) {
  const steps = [];
  let cursor = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await getJson(`/api/customers/${encodeURIComponent(customerId)}/journey`, { limit: 500, cursor });
    steps.push(...page.steps);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return steps;
}

async function customerGaps(customerId) {
  const gaps = [];
  let cursor = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await getJson('/api/silo-gaps', { customerId, limit: 100, cursor });
    gaps.push(...(page.items ?? []));
    cursor = page.next;
    if (!cursor) break;
  }
  return gaps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function picture(steps, gaps, evidence, chosenGapKey) {
  const units = [...new Set(steps.map((s) => s.businessUnit ?? 'unknown'))];
  const times = [...steps.map((s) => Date.parse(s.at)), ...gaps.map((g) => Date.parse(g.at))].filter(Number.isFinite);
  const start = Math.min(...times);
  const end = Math.max(...times);
  const span = end - start || 1;
  const x = (iso) => MARGIN.left + ((Date.parse(iso) - start) / span) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (unit) => MARGIN.top + LANE * units.indexOf(unit ?? 'unknown') + LANE / 2;
  const height = MARGIN.top + LANE * units.length + MARGIN.bottom;

  const image = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'timeline', role: 'img',
    'aria-label': 'journey timeline by business unit' });
  for (const unit of units) {
    image.append(
      svg('line', { class: 'lane', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(unit), y2: y(unit) }),
      svg('text', { class: 'lane-name', x: MARGIN.left - 8, y: y(unit), 'text-anchor': 'end',
        'dominant-baseline': 'middle' }, unit));
  }
  image.append(
    svg('text', { class: 'axis', x: MARGIN.left, y: height - 8 }, when(new Date(start).toISOString())),
    svg('text', { class: 'axis', x: WIDTH - MARGIN.right, y: height - 8, 'text-anchor': 'end' },
      when(new Date(end).toISOString())));
  image.append(svg('path', { class: 'path', fill: 'none',
    d: steps.map((s, i) => `${i ? 'L' : 'M'}${x(s.at)},${y(s.businessUnit)}`).join(' ') }));
  for (const gap of gaps) {
    const gx = x(gap.at);
    image.append(svg('g', { class: `gap-marker${gap.key === chosenGapKey ? ' chosen' : ''}`, 'data-gap-key': gap.key },
      svg('line', { x1: gx, x2: gx, y1: MARGIN.top - 12, y2: height - MARGIN.bottom }),
      svg('path', { d: `M${gx - 7},${MARGIN.top - 22} L${gx + 7},${MARGIN.top - 22} L${gx},${MARGIN.top - 10} Z` }),
      svg('title', {}, `${label(gap.type)} (severity ${decimal(gap.severity)}), ${when(gap.at)}: ${gap.summary ?? ''}`)));
  }
  for (const s of steps) {
    const classes = ['step', evidence.has(s.key) ? 'evidence' : null, s.documentKey ? 'document' : null];
    image.append(svg('circle', { class: classes.filter(Boolean).join(' '), 'data-step': s.key,
      cx: x(s.at), cy: y(s.businessUnit), r: 7, fill: colourOf(s.channel) },
    svg('title', {}, `${when(s.at)} ${s.businessUnit} · ${s.channel} · ${s.type}`
      + (s.topic ? ` · ${s.topic}` : '') + (s.outcome ? ` → ${s.outcome}` : '')
      + (s.sentiment ? ` · ${s.sentiment}` : ''))));
  }
  // A document step's icon stands above its dot, framed in its sentiment's colour.
  for (const s of steps.filter((step) => step.documentKey)) {
    const cx = x(s.at);
    const top = y(s.businessUnit) - 29;
    image.append(svg('g', { class: `document-mark ${s.sentiment ?? 'unscored'}`, 'data-step': s.key,
      'data-document': s.documentKey, 'data-document-type': s.documentType, 'data-sentiment': s.sentiment },
    svg('rect', { x: cx - 9, y: top, width: 18, height: 18, rx: 4 }),
    documentIcon(s.documentType, cx, top + 9),
    svg('title', {}, `${s.documentType ?? 'document'} · ${s.sentiment ?? 'no sentiment'}`
      + (s.sentimentScore !== null && s.sentimentScore !== undefined ? ` ${decimal(s.sentimentScore)}` : '')
      + ` · ${s.topic ?? 'no topic'}`)));
  }
  return image;
}

function legend(steps) {
  const channels = [...new Set(steps.map((s) => s.channel))];
  const swatch = (kind, colour) => {
    const span = el('span', { class: `swatch ${kind}` });
    if (colour) span.style.background = colour; // through the CSSOM: no inline style attributes under the page's CSP
    return span;
  };
  return el('ul', { class: 'legend' },
    channels.map((c) => el('li', {}, swatch('channel', colourOf(c)), c)),
    el('li', {}, swatch('evidence'), 'evidence of the chosen gap'),
    el('li', {}, swatch('marker'), 'silo gap'),
    steps.some((s) => s.documentKey)
      ? el('li', {}, swatch('document'), 'what the customer wrote or was sent, framed by its sentiment') : null);
}

// Gaps go in before the first step that came after them, so the table reads in time order.
function table(steps, gaps, evidence, chosenGapKey, texts) {
  const rows = [];
  let g = 0;
  const gapRow = (gap) => el('tr', { class: `gap${gap.key === chosenGapKey ? ' chosen' : ''}`, 'data-gap-key': gap.key },
    el('td', { class: 'when' }, when(gap.at)),
    el('td', { colspan: 5 }, el('strong', {}, `gap: ${label(gap.type)}`), ` (${(gap.units ?? []).join(', ')}) `,
      gap.summary ?? ''));
  for (const s of steps) {
    while (g < gaps.length && Date.parse(gaps[g].at) < Date.parse(s.at)) rows.push(gapRow(gaps[g++]));
    const classes = ['step', evidence.has(s.key) ? 'evidence' : null, s.documentKey ? 'document' : null];
    rows.push(el('tr', { class: classes.filter(Boolean).join(' '), 'data-step': s.key, 'data-document': s.documentKey },
      el('td', { class: 'when' }, when(s.at)),
      el('td', {}, s.businessUnit ?? ''),
      el('td', {}, s.channel ?? ''),
      el('td', {}, s.documentKey ? [documentBadge(s.documentType), ' '] : null,
        [s.type, s.stage].filter(Boolean).join(' · '),
        s.documentKey ? [' ', sentimentBadge(s.sentiment, s.sentimentScore)] : null),
      el('td', {}, [s.topic, s.outcome].filter(Boolean).join(' → ')),
      el('td', {}, s.handoff ? 'hand-off' : '')));
    const quote = s.documentKey ? documentText(texts.get(s.documentKey)) : null;
    if (quote) {
      rows.push(el('tr', { class: 'document-text', 'data-document-text': s.documentKey },
        el('td', {}), el('td', { colspan: 5 }, quote)));
    }
  }
  while (g < gaps.length) rows.push(gapRow(gaps[g++]));
  return el('table', { class: 'journey' },
    el('thead', {}, el('tr', {}, ['when', 'unit', 'channel', 'what', 'topic', ''].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}
