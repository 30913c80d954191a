// The silo gap list from GET /api/silo-gaps, filtered by type and paged with the answer's `next` cursor.
// The type filter offers the types GET /api/silo-gaps/summary reports, with their counts.
import { getJson } from './api.js';
import { el, message, integer, decimal, label, when } from './format.js';

const PAGE_SIZE = 10;

export async function showGapTypes(select) {
  const summary = await getJson('/api/silo-gaps/summary');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '' }, 'all types'),
    ...(summary.types ?? []).map((t) => el('option', { value: t.type }, `${label(t.type)} (${integer(t.count)})`)));
  select.value = chosen;
}

/**
 * The first page for the chosen type; `more` appends the following pages. onSelect(gap) runs when a row is chosen.
 * Returns nothing: the rows, the "More" button and any message are the result.
 */
export function gapList(body, moreButton, onSelect) {
  let next = null;
  let type = '';
  let table = null;

  async function page(cursor) {
    const answer = await getJson('/api/silo-gaps', { type, limit: PAGE_SIZE, cursor });
    next = answer.next ?? null;
    moreButton.hidden = next === null;
    const items = answer.items ?? [];
    if (!cursor) {
      if (!items.length) {
        table = null;
        body.replaceChildren(message('empty', type
          ? `No ${label(type)} gaps.`
          : 'No silo gaps yet: run `./seamgraph pipeline` to detect them.'));
        return;
      }
      table = el('table', { class: 'gap-list' },
        el('thead', {}, el('tr', {}, ['when', 'type', 'customer', 'units', 'severity', 'what happened']
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody'));
      body.replaceChildren(table);
    }
    table.tBodies[0].append(...items.map(row));
  }

  function row(gap) {
    const tr = el('tr', { 'data-key': gap.key, 'data-customer': gap.customerId, tabindex: 0 },
      el('td', { class: 'when' }, when(gap.at)),
      el('td', { class: 'type' }, label(gap.type)),
      el('td', { class: 'customer' }, gap.customerId),
      el('td', { class: 'units' }, (gap.units ?? []).join(', ')),
      el('td', { class: 'n severity' }, decimal(gap.severity)),
      el('td', { class: 'summary' }, gap.summary ?? ''));
    const choose = () => {
      for (const chosen of body.querySelectorAll('tr.chosen')) chosen.classList.remove('chosen');
      tr.classList.add('chosen');
      onSelect(gap);
    };
    tr.addEventListener('click', choose);
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') choose();
    });
    return tr;
  }

  return {
    filter(newType) {
      type = newType;
      return page(null);
    },
    more() {
      return next ? page(next) : Promise.resolve();
    },
  };
}
