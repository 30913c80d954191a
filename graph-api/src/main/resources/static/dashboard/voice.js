// What customers say: the negative share of what they wrote after each silo-gap type against the baseline
// (GET /api/silo-gaps/sentiment), and volume and sentiment per topic (GET /api/topics), filtered by unit, channel and
// direction. Both read what the gap-sentiment job precomputed; docs/api.md defines every figure.
import { getJson } from './api.js';
import { el, svg, message, integer, decimal, percent, label, when } from './format.js';
import { SENTIMENTS } from './documents.js';

const WIDTH = 960;
const ROW = 34;
const MARGIN = { top: 8, right: 150, bottom: 26, left: 250 };
const BAR = 14;

/** One row per gap type: a bar for the negative share after the gap, a mark at the baseline's, and the lift. */
export async function showGapSentiment(body) {
  const answer = await getJson('/api/silo-gaps/sentiment');
  const types = [...(answer.types ?? [])].sort(byLift);
  if (!types.length) {
    body.replaceChildren(message('empty', 'No silo gaps to weigh yet: run `./seamgraph pipeline` to detect them.'));
    return;
  }
  const measured = types.some((t) => t.negativeShare !== null && t.negativeShare !== undefined);
  body.replaceChildren(...[
    el('p', { class: 'note' }, `Negative share of what customers wrote within ${answer.windowDays} days after each `
      + 'kind of silo gap, against customers without that gap over the same period'
      + (answer.computedAt ? ` (computed ${when(answer.computedAt)})` : '') + '.'),
    chart(types),
    el('ul', { class: 'legend' },
      el('li', {}, el('span', { class: 'swatch after' }), 'negative share after the gap'),
      el('li', {}, el('span', { class: 'swatch baseline' }), 'baseline'),
      el('li', {}, '× lift: how many times the baseline')),
    measured ? null : message('empty', 'No customer wrote anything after a silo gap yet: add document sources '
      + '(docs/documents.md) and run `./seamgraph pipeline`.')].filter(Boolean));
}

// Highest lift first; types without a lift after them, by name.
function byLift(a, b) {
  const la = a.lift ?? -Infinity;
  const lb = b.lift ?? -Infinity;
  return lb - la || a.type.localeCompare(b.type);
}

function chart(types) {
  const shares = types.flatMap((t) => [t.negativeShare, t.baselineNegativeShare]).filter((s) => s !== null && s !== undefined);
  // A round top (10% steps), so the ticks read plainly; never below 10% so a tiny share is not blown up to full width.
  const top = Math.max(0.1, Math.ceil(Math.max(0, ...shares) * 10) / 10);
  const x = (share) => MARGIN.left + (share / top) * (WIDTH - MARGIN.left - MARGIN.right);
  const height = MARGIN.top + ROW * types.length + MARGIN.bottom;
  const image = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'gap-sentiment', role: 'img',
    'aria-label': 'negative share after each silo-gap type against the baseline' });
  const ticks = Math.round(top * 10);
  for (let i = 0; i <= ticks; i += ticks > 5 ? 2 : 1) {
    const share = i / 10;
    image.append(svg('line', { class: 'grid', x1: x(share), x2: x(share), y1: MARGIN.top, y2: height - MARGIN.bottom }),
      svg('text', { class: 'axis', x: x(share), y: height - 8, 'text-anchor': 'middle' }, percent(share)));
  }
  types.forEach((t, i) => {
    const y = MARGIN.top + ROW * i + ROW / 2;
    const row = svg('g', { class: 'gap-type', 'data-type': t.type, 'data-lift': t.lift ?? null },
      svg('text', { class: 'type', x: MARGIN.left - 10, y, 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        `${label(t.type)} (${integer(t.gaps)})`));
    if (t.negativeShare !== null && t.negativeShare !== undefined) {
      row.append(svg('rect', { class: 'after', x: MARGIN.left, y: y - BAR / 2, height: BAR,
        width: Math.max(0, x(t.negativeShare) - MARGIN.left), 'data-share': t.negativeShare },
      svg('title', {}, `${label(t.type)}: ${percent(t.negativeShare)} negative of ${integer(t.documents)} documents `
        + `by ${integer(t.customers)} customers after ${integer(t.gaps)} gaps`
        + (t.meanScore !== null && t.meanScore !== undefined ? `, mean score ${decimal(t.meanScore)}` : ''))));
    }
    if (t.baselineNegativeShare !== null && t.baselineNegativeShare !== undefined) {
      const bx = x(t.baselineNegativeShare);
      row.append(svg('line', { class: 'baseline', x1: bx, x2: bx, y1: y - BAR, y2: y + BAR,
        'data-share': t.baselineNegativeShare },
      svg('title', {}, `baseline: ${percent(t.baselineNegativeShare)} negative of ${integer(t.baselineDocuments)} `
        + `documents by ${integer(t.baselineCustomers)} customers without this gap`)));
    }
    row.append(svg('text', { class: 'lift', x: WIDTH - MARGIN.right + 10, y, 'dominant-baseline': 'middle' },
      liftText(t)));
    image.append(row);
  });
  return image;
}

function liftText(t) {
  if (t.negativeShare === null || t.negativeShare === undefined) return 'no documents after';
  if (t.lift === null || t.lift === undefined) return 'no negative baseline';
  return `×${decimal(t.lift)}`;
}

/**
 * The topics table and its filters. The unit and channel choices are every key seen so far, so choosing one does not
 * take the others out of the list. Returns show(), which reads the filters and asks the API again.
 */
export function topicTable(body, selects) {
  const known = { unit: new Set(), channel: new Set() };
  let asked = 0;

  function offer(select, values) {
    const chosen = select.value;
    select.replaceChildren(el('option', { value: '' }, select.dataset.all),
      ...[...values].sort().map((v) => el('option', { value: v }, v)));
    select.value = chosen;
  }

  return async function show() {
    const filters = Object.fromEntries(Object.entries(selects).map(([name, select]) => [name, select.value]));
    const ticket = ++asked;
    const answer = await getJson('/api/topics', filters);
    if (ticket !== asked) return; // the filters changed while this was on its way
    const topics = answer.topics ?? [];
    for (const t of topics) {
      Object.keys(t.byUnit ?? {}).forEach((u) => known.unit.add(u));
      Object.keys(t.byChannel ?? {}).forEach((c) => known.channel.add(c));
    }
    offer(selects.unit, known.unit);
    offer(selects.channel, known.channel);
    if (!topics.length) {
      const filtered = filters.unit || filters.channel;
      body.replaceChildren(message('empty', filtered
        ? 'No documents for these filters.'
        : 'No documents yet: add document sources (docs/documents.md) and run `./seamgraph pipeline`.'));
      return;
    }
    const most = Math.max(...topics.map((t) => t.documents)) || 1;
    const total = topics.reduce((sum, t) => sum + t.documents, 0);
    body.replaceChildren(
      el('table', { class: 'topics', 'data-unit': filters.unit, 'data-channel': filters.channel },
        el('thead', {}, el('tr', {}, ['topic', 'documents', '', 'sentiment mix', 'negative', 'mean score']
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, topics.map((t) => el('tr', { 'data-topic': t.topic },
          el('th', { scope: 'row' }, t.name ?? t.topic),
          el('td', { class: 'n documents' }, integer(t.documents)),
          el('td', { class: 'bar' }, volume(t.documents / most)),
          el('td', { class: 'mix' }, mix(t)),
          el('td', { class: 'n negative-share' }, t.negativeShare === null ? 'n/a' : percent(t.negativeShare)),
          el('td', { class: 'n mean-score' }, t.meanScore === null ? 'n/a' : decimal(t.meanScore)))))),
      el('p', { class: 'note' }, `${integer(total)} documents`
        + (answer.computedAt ? `, computed ${when(answer.computedAt)}` : '')));
  };
}

/** A topic's volume as a bar, share being its documents over the largest topic's. */
function volume(share) {
  return svg('svg', { class: 'volume', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
    svg('rect', { x: 0, y: 0, width: 100 * share, height: 10, 'data-share': share }));
}

/** Negative, neutral and positive side by side, each as its share of the topic's documents. */
function mix(t) {
  const picture = svg('svg', { class: 'mix', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img',
    'aria-label': SENTIMENTS.map((s) => `${t[s]} ${s}`).join(', ') });
  let at = 0;
  for (const s of SENTIMENTS) {
    const width = t.documents ? (100 * t[s]) / t.documents : 0;
    picture.append(svg('rect', { class: `sentiment-${s}`, x: at, y: 0, width, height: 10, 'data-count': t[s] },
      svg('title', {}, `${integer(t[s])} ${s}`)));
    at += width;
  }
  return picture;
}
