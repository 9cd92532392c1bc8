const path = require("node:path");
const webpack = require("webpack");
const pkg = require("./package.json");

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};
// Catalogs ship as CSV beside the domain code and are bundled as text.
const csvRule = { test: /\.csv$/, type: "asset/source" };

/** The `poa` command line: one file for Node, its npm dependencies left to node_modules. */
const cli = {
  name: "cli",
  target: "node20",
  entry: { poa: "./src/cli/bin.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [typescriptRule, csvRule] },
  externals: [({ request }, callback) => (/^[@a-z]/i.test(request) && !request.startsWith("node:") ? callback(null, `commonjs ${request}`) : callback())],
  externalsPresets: { node: true },
  plugins: [
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
    new webpack.DefinePlugin({ POA_VERSION: JSON.stringify(pkg.version) }),
  ],
  devtool: false,
  optimization: { minimize: false },
  performance: { hints: false },
};

module.exports = [cli];
