// Journey flows from GET /api/journeys/flows?level=, as a Sankey diagram in SVG: one column per journey step, node
// heights and link widths in proportion to customers. The layout is the plain textbook one (no crossing reduction
// beyond ordering by size), which is readable for the handful of units, channels or stages a company has.
import { getJson } from './api.js';
import { svg, message, integer, decimal, colourOf } from './format.js';

const WIDTH = 960;
const HEIGHT = 380;
const NODE_WIDTH = 14;
const NODE_GAP = 12;
const MARGIN = { top: 10, right: 120, bottom: 10, left: 10 };

export async function showSankey(body, level) {
  const flows = await getJson('/api/journeys/flows', { level });
  if (!flows.nodes?.length || !flows.links?.length) {
    body.replaceChildren(message('empty', `No ${level} flows yet: run \`./seamgraph pipeline\` to build journeys.`));
    return;
  }
  body.replaceChildren(draw(layout(flows)));
}

/** Positions for nodes and links; pure, so it reads (and could be tested) apart from the drawing. */
export function layout({ nodes, links }) {
  const byId = new Map(nodes.map((n) => [n.id, { ...n, in: [], out: [] }]));
  const edges = links.filter((l) => byId.has(l.source) && byId.has(l.target) && l.count > 0)
    .map((l) => ({ ...l, from: byId.get(l.source), to: byId.get(l.target) }));
  for (const e of edges) {
    e.from.out.push(e);
    e.to.in.push(e);
  }
  const placed = [...byId.values()].filter((n) => n.in.length || n.out.length);
  for (const n of placed) n.value = Math.max(sum(n.in), sum(n.out));

  const steps = [...new Set(placed.map((n) => n.step))].sort((a, b) => a - b);
  const columns = steps.map((step) => placed.filter((n) => n.step === step).sort((a, b) => b.value - a.value));
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const scale = Math.min(...columns.map((c) => (innerHeight - NODE_GAP * (c.length - 1)) / sum(c, 'value')));
  const span = WIDTH - MARGIN.left - MARGIN.right - NODE_WIDTH;
  columns.forEach((column, i) => {
    let y = MARGIN.top;
    for (const n of column) {
      n.x = MARGIN.left + (steps.length > 1 ? (span * i) / (steps.length - 1) : 0);
      n.y = y;
      n.height = Math.max(1, n.value * scale);
      y += n.height + NODE_GAP;
    }
  });
  // Each link leaves its source below the previous one and enters its target the same way, ordered so that
  // links do not cross at their ends.
  for (const n of placed) {
    let outY = n.y;
    for (const e of [...n.out].sort((a, b) => a.to.y - b.to.y)) {
      e.width = Math.max(1, e.count * scale);
      e.y0 = outY + e.width / 2;
      outY += e.count * scale;
    }
    let inY = n.y;
    for (const e of [...n.in].sort((a, b) => a.from.y - b.from.y)) {
      e.y1 = inY + Math.max(1, e.count * scale) / 2;
      inY += e.count * scale;
    }
  }
  return { nodes: placed, links: edges };
}

function draw({ nodes, links }) {
  const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'sankey', role: 'img',
    'aria-label': 'journey flows between steps' });
  const linkLayer = svg('g', { class: 'links' });
  for (const e of links) {
    const x0 = e.from.x + NODE_WIDTH;
    const x1 = e.to.x;
    const mid = (x0 + x1) / 2;
    linkLayer.append(svg('path', {
      d: `M${x0},${e.y0} C${mid},${e.y0} ${mid},${e.y1} ${x1},${e.y1}`,
      stroke: colourOf(e.from.name), 'stroke-width': e.width, fill: 'none',
      'data-source': e.source, 'data-target': e.target, 'data-count': e.count,
    }, svg('title', {}, `${e.from.name} → ${e.to.name}: ${integer(e.count)} customers`
      + (e.weightedCount !== undefined ? ` (weighted ${decimal(e.weightedCount, 1)})` : ''))));
  }
  const nodeLayer = svg('g', { class: 'nodes' });
  for (const n of nodes) {
    nodeLayer.append(svg('g', { 'data-node': n.id },
      svg('rect', { x: n.x, y: n.y, width: NODE_WIDTH, height: n.height, fill: colourOf(n.name) },
        svg('title', {}, `${n.name}, step ${n.step + 1}: ${integer(n.value)} customers`)),
      svg('text', { x: n.x + NODE_WIDTH + 4, y: n.y + n.height / 2,
        'dominant-baseline': 'middle' }, n.name)));
  }
  picture.append(linkLayer, nodeLayer);
  return picture;
}

function sum(items, field = 'count') {
  return items.reduce((total, item) => total + item[field], 0);
}
