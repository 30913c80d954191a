// The API client: HTTP Basic credentials for this tab only, and errors that say what to do.
//
// credentials: 'omit' keeps the browser's own Basic prompt away: a 401 then comes back to the page, which shows its
// sign-in form, instead of a native dialog the page cannot style or test. The Authorization header is ours to send.

const STORE_KEY = 'seamgraph.basic';

export class ApiError extends Error {
  constructor(status, message, path) {
    super(message);
    this.status = status;
    this.path = path;
  }
}

export function signIn(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  sessionStorage.setItem(STORE_KEY, JSON.stringify({ user, token: btoa(String.fromCharCode(...bytes)) }));
}

export function signOut() {
  sessionStorage.removeItem(STORE_KEY);
}

export function currentUser() {
  const stored = sessionStorage.getItem(STORE_KEY);
  return stored ? JSON.parse(stored).user : null;
}

/** GET a JSON resource of the API; path may carry a query, params are added to it (null/empty ones left out). */
export async function getJson(path, params = {}) {
  const stored = sessionStorage.getItem(STORE_KEY);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      headers: {
        Accept: 'application/json',
        ...(stored ? { Authorization: `Basic ${JSON.parse(stored).token}` } : {}),
      },
    });
  } catch (e) {
    throw new ApiError(0, `Cannot reach the API (${e.message}). Is graph-api running?`, path);
  }
  if (response.ok) return response.json();
  throw new ApiError(response.status, await problemText(response), path);
}

// Problem details (docs/api.md, "Errors") carry a detail written for people; anything else gets a plain line.
async function problemText(response) {
  try {
    const problem = await response.json();
    if (problem.detail) return `${problem.title ?? response.status}: ${problem.detail}`;
  } catch (ignored) {
    // not JSON: fall through
  }
  return `HTTP ${response.status} ${response.statusText}`.trim();
}
