// Lets tsx-run scripts import .csv files as text, as webpack (asset/source) and jest do.
const fs = require("node:fs");
require.extensions[".csv"] = (module, filename) => {
  module.exports = fs.readFileSync(filename, "utf8");
};
