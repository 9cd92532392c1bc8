const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const { DEV_URL, publicManifest } = require("./scripts/public-manifest.cjs");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};
// Catalogs ship as CSV beside the domain code and are bundled as text.
const csvRule = { test: /\.csv$/, type: "asset/source" };

/**
 * The `poa` command line: one file for Node. What it needs (zod, fflate) is bundled in, which
 * starts faster than resolving their many modules; it reads and writes .xlsx with our own code.
 */
const BUNDLED = /^(zod|fflate)(\/|$)/;
const cli = {
  name: "cli",
  target: "node20",
  entry: { poa: "./src/cli/bin.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    // fflate's Node build loads worker_threads when it starts, for async calls we never make:
    // its plain build is the same code without that, and starts faster.
    alias: { fflate$: path.resolve(__dirname, "node_modules/fflate/esm/browser.js") },
  },
  module: { rules: [typescriptRule, csvRule] },
  externals: [
    ({ request }, callback) =>
      /^[@a-z]/i.test(request) && !request.startsWith("node:") && !BUNDLED.test(request) ? callback(null, `commonjs ${request}`) : callback(),
  ],
  externalsPresets: { node: true },
  plugins: [
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
    new webpack.DefinePlugin({ POA_VERSION: JSON.stringify(pkg.version) }),
  ],
  devtool: false,
  optimization: { minimize: false },
  performance: { hints: false },
};

/** `npm run bench` times the domain bundled as it ships (scope-hoisted), not through tsx's module wrappers. */
const benchDomain = {
  ...cli,
  name: "bench-domain",
  entry: { "bench-domain": "./scripts/bench-domain.ts" },
  output: { path: path.resolve(__dirname, ".bench"), filename: "[name].js" },
  plugins: [],
};

/** HTTPS options for the dev server: Office's trusted dev certificates, or a self-signed fallback. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    process.stderr.write(`office-addin-dev-certs no está disponible (${error.message}); se usa un certificado autofirmado.\n`);
    return { type: "https" };
  }
}

function sideloadHelp() {
  return [
    "",
    "El panel está en https://localhost:3000/taskpane.html",
    "Sin Excel: abra esa dirección en el navegador para la vista previa con un POA de muestra.",
    "Cargar el complemento en Excel:",
    "  • Excel en la web: Inicio → Complementos → Más complementos → Cargar mi complemento → manifest.xml",
    "  • Excel de escritorio (Windows): comparta la carpeta del proyecto, agréguela en",
    "    Archivo → Opciones → Centro de confianza → Catálogos de complementos de confianza, y reinicie Excel;",
    "    luego Inicio → Complementos → Carpeta compartida.",
    "  • Excel para Mac: copie manifest.xml a ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "Si el navegador no confía en el certificado, abra https://localhost:3000 una vez y acéptelo.",
    "",
  ].join("\n");
}

/** The task pane, as in Microsoft's React template: HTML page, assets and the manifest. */
async function taskpane(mode, serving) {
  const dev = mode !== "production";
  const publicUrl = process.env.POA_ADDIN_URL || DEV_URL;
  return {
    name: "taskpane",
    target: "web",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule, csvRule] },
    devtool: dev ? "source-map" : false,
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: dev ? "/office-js/office.js" : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The preview's sample: a real POA, kept with its real mistakes.
          { from: "tests/fixtures/secretaria-particular-2021.xlsx", to: "sample/poa-muestra-2021.xlsx" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : publicManifest(content.toString(), publicUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions(),
          static: [{ directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" }],
          onListening: () => process.stdout.write(sideloadHelp()),
        }
      : undefined,
  };
}

module.exports = async (env = {}, argv = {}) => [cli, await taskpane(argv.mode, Boolean(env.WEBPACK_SERVE)), benchDomain];
