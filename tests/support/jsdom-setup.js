// jsdom has no layout engine, so no ResizeObserver; Fluent UI only needs it to exist.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom lacks TextDecoder, which browsers and Node have; the .xlsx reader decodes parts with it.
if (typeof globalThis.TextDecoder === "undefined") {
  const util = require("node:util");
  globalThis.TextDecoder = util.TextDecoder;
  globalThis.TextEncoder = util.TextEncoder;
}
