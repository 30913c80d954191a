// Headline figures from GET /api/metrics.
import { getJson } from './api.js';
import { el, message, integer, decimal, percent, label, when } from './format.js';

const NO_METRICS = 'No metrics yet: run `./seamgraph pipeline` to compute them.';

export async function showMetrics(body) {
  const m = await getJson('/api/metrics');
  if (!m || !m.customers) {
    body.replaceChildren(message('empty', NO_METRICS));
    return;
  }
  const gaps = Object.entries(m.gapsPer1000 ?? {}).sort(([, a], [, b]) => b - a);
  const worst = gaps.length ? gaps[0][1] : 0;
  body.replaceChildren(
    el('dl', { class: 'headline' },
      figure('customers', 'customers', integer(m.customers)),
      figure('identities', 'identities per customer', decimal(m.identitiesPerCustomer)),
      figure('multi-unit', 'seen by 2+ units', percent(m.multiUnitShare)),
      figure('continuity', 'continuity index', decimal(m.continuityIndex))),
    el('h3', {}, 'Gaps per 1,000 customers'),
    gaps.length
      ? el('table', { class: 'bars gaps-per-1000' },
        el('tbody', {}, gaps.map(([type, rate]) => el('tr', { 'data-type': type },
          el('th', { scope: 'row' }, label(type)),
          el('td', { class: 'n' }, decimal(rate, 1)),
          el('td', { class: 'bar' }, el('span', { 'data-share': rate / worst })))))
      )
      : message('empty', 'No silo gaps detected.'),
    m.computedAt ? el('p', { class: 'note' }, `computed ${when(m.computedAt)}`) : null);
  // Widths through the CSSOM: the page's Content-Security-Policy allows no inline style attributes.
  for (const bar of body.querySelectorAll('[data-share]')) bar.style.width = `${100 * bar.dataset.share}%`;
}

function figure(id, name, value) {
  return el('div', { class: 'figure', 'data-metric': id }, el('dt', {}, name), el('dd', {}, value));
}
