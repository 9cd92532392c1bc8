const base = require("./jest.config.js");

/** End-to-end tests: the production build in Debian's Chromium (`npm run build` first). */
module.exports = {
  ...base,
  testMatch: ["**/tests/e2e/**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120_000,
  maxWorkers: 1,
};
