// ESM-only packages that office-addin-manifest (the manifest tests) pulls in.
const ESM_PACKAGES = ["strip-bom", "uuid"];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
    [`/node_modules/(${ESM_PACKAGES.join("|")})/.+\\.js$`]: [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs", esModuleInterop: true }, diagnostics: false },
    ],
    "^.+\\.csv$": "<rootDir>/tests/support/csv-transform.js",
  },
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_PACKAGES.join("|")})/).*/node_modules/`],
  moduleFileExtensions: ["ts", "tsx", "js", "json", "csv"],
  setupFiles: ["<rootDir>/tests/support/jsdom-setup.js"],
};
