// The manifest served from an organization's server: every address of the development server
// (https://localhost:3000/…, and the AppDomain, which is an origin without a path) moved to the
// public one, whether POA_ADDIN_URL ends in «/» or not.
const DEV_URL = "https://localhost:3000/";

function publicManifest(xml, url) {
  const base = url.endsWith("/") ? url : `${url}/`;
  const origin = new URL(base).origin;
  return xml.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), origin);
}

module.exports = { DEV_URL, publicManifest };
