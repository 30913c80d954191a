// The dashboard: signs in, then fills each view. A view that fails shows its own error and the others still load.
import { ApiError, currentUser, signIn, signOut } from './api.js';
import { message } from './format.js';
import { showMetrics } from './metrics.js';
import { drawHeatmap, showHeatmap } from './heatmap.js';
import { showSankey } from './sankey.js';
import { gapList, showGapTypes } from './gaps.js';
import { showTimeline } from './timeline.js';
import { showGapSentiment, topicTable } from './voice.js';
import { customerDocuments, showDocuments } from './documents.js';

const $ = (selector) => document.querySelector(selector);
const body = (id) => $(`#${id} .body`);

/** Runs a view's loading; its failure becomes a message in that view, and a 401 sends the user back to sign in. */
async function guarded(target, load) {
  try {
    target.classList?.add('loading');
    await load();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      showLogin('Wrong user or password, or the session was signed out. Sign in again.');
      return;
    }
    target.replaceChildren(message('error', explain(e)));
  } finally {
    target.classList?.remove('loading');
  }
}

function explain(e) {
  if (!(e instanceof ApiError)) return `The page failed: ${e.message}`;
  if (e.status === 403) return `${e.message} Sign in as an ANALYST or ADMIN user to see this.`;
  if (e.status === 404) {
    return `${e.path}: ${e.message} If the pipeline has not run yet, run \`./seamgraph pipeline\`; `
      + 'a graph-api older than the dashboard does not serve this view.';
  }
  if (e.status === 503) return `${e.message} The graph database cannot be reached right now.`;
  return e.message;
}

function showLogin(text) {
  signOut();
  $('#views').hidden = true;
  $('#session').hidden = true;
  $('#login').hidden = false;
  $('#login-message').textContent = text ?? '';
  $('#login-form [name=user]').focus();
}

let gaps;
let topics;

const topicFilters = () => ({
  unit: $('#topics select[name=unit]'),
  channel: $('#topics select[name=channel]'),
  direction: $('#topics select[name=direction]'),
});

/** The drill-down: the journey, and under it the documents; both share one request for the documents. */
function showCustomer(gap) {
  const documents = customerDocuments(gap.customerId);
  return Promise.all([
    guarded(body('timeline'), () => showTimeline($('#timeline'), body('timeline'), gap.customerId, gap.key, documents)),
    guarded(body('documents'), () => showDocuments(body('documents'), documents)),
  ]);
}

function showDashboard() {
  document.body.removeAttribute('data-ready');
  $('#login').hidden = true;
  $('#views').hidden = false;
  $('#session').hidden = false;
  $('#session-user').textContent = currentUser();
  $('#timeline').hidden = true;
  const measure = $('#heatmap select[name=measure]');
  const level = $('#sankey select[name=level]');
  const type = $('#gaps select[name=type]');
  gaps = gapList(body('gaps'), $('#gaps .more'), showCustomer);
  topics = topicTable(body('topics'), topicFilters());
  return Promise.all([
    guarded(body('metrics'), () => showMetrics(body('metrics'))),
    guarded(body('heatmap'), () => showHeatmap(body('heatmap'), measure.value)),
    guarded(body('sankey'), () => showSankey(body('sankey'), level.value)),
    guarded(body('gap-sentiment'), () => showGapSentiment(body('gap-sentiment'))),
    guarded(body('topics'), () => topics()),
    guarded($('#gaps .types-note'), () => showGapTypes(type)),
    guarded(body('gaps'), () => gaps.filter(type.value)),
  ]).then(() => document.body.setAttribute('data-ready', 'true'));
}

function wire() {
  $('#login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    signIn(form.user.value, form.password.value);
    form.password.value = '';
    showDashboard();
  });
  $('#sign-out').addEventListener('click', () => showLogin('Signed out.'));
  $('#heatmap select[name=measure]').addEventListener('change', (event) =>
    drawHeatmap(body('heatmap'), event.target.value));
  $('#sankey select[name=level]').addEventListener('change', (event) =>
    guarded(body('sankey'), () => showSankey(body('sankey'), event.target.value)));
  $('#gaps select[name=type]').addEventListener('change', (event) =>
    guarded(body('gaps'), () => gaps.filter(event.target.value)));
  for (const select of Object.values(topicFilters())) {
    select.addEventListener('change', () => guarded(body('topics'), () => topics()));
  }
  $('#gaps .more').addEventListener('click', () => guarded(body('gaps'), () => gaps.more()));
}

wire();
if (currentUser()) {
  showDashboard();
} else {
  showLogin();
}
