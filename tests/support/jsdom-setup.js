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

// jsdom's Blob/File lack arrayBuffer(), which browsers have; the pane reads picked files with it.
if (typeof Blob !== "undefined" && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer() {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

// jsdom lays nothing out, so it has no scrollIntoView; the pane scrolls the current finding into view.
if (typeof Element !== "undefined" && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}
