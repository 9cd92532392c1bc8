// Jest counterpart of webpack's `asset/source` rule: a .csv module exports its text.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};
