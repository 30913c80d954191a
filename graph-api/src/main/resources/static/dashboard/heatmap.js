// Unit x unit hand-offs from GET /api/business-units/handoffs, as a table whose cells are coloured by the chosen measure.
import { getJson } from './api.js';
import { el, message, integer, percent, hours, ramp } from './format.js';

let data = null;

export async function showHeatmap(body, measure) {
  data = await getJson('/api/business-units/handoffs');
  drawHeatmap(body, measure);
}

/** Re-colours without asking the API again: the measure is a view choice. */
export function drawHeatmap(body, measure) {
  if (!data) return;
  if (!data.units?.length || !data.cells?.length) {
    body.replaceChildren(message('empty', 'No hand-offs yet: run `./seamgraph pipeline` to build journeys.'));
    return;
  }
  const cells = new Map(data.cells.map((c) => [`${c.from}\u0000${c.to}`, c]));
  const max = Math.max(...data.cells.map((c) => c[measure] ?? 0)) || 1;
  const shown = (c) => (measure === 'volume' ? integer(c.volume) : percent(c.repeatContactRate));
  const table = el('table', { class: 'heatmap', 'data-measure': measure },
    el('caption', {}, 'rows: from unit, columns: to unit'),
    el('thead', {}, el('tr', {}, el('th', {}, 'from \\ to'), data.units.map((u) => el('th', { scope: 'col' }, u)))),
    el('tbody', {}, data.units.map((from) => el('tr', {},
      el('th', { scope: 'row' }, from),
      data.units.map((to) => {
        const c = cells.get(`${from}\u0000${to}`);
        if (!c) return el('td', { class: 'none', title: `${from} → ${to}: no hand-offs` }, '–');
        const t = (c[measure] ?? 0) / max;
        return el('td', {
          'data-from': from, 'data-to': to, 'data-shade': t,
          title: `${from} → ${to}: ${integer(c.volume)} hand-offs, repeat-contact rate ${percent(c.repeatContactRate)}, `
            + `median ${hours(c.medianHoursToNextContact)} to the next contact`,
        }, shown(c));
      })))));
  body.replaceChildren(table);
  for (const td of table.querySelectorAll('td[data-shade]')) {
    const t = Number(td.dataset.shade);
    td.style.background = ramp(t);
    td.style.color = t > 0.55 ? '#fff' : '#111';
  }
}
