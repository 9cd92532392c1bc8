// jsdom has no layout engine, so no ResizeObserver; Fluent UI only needs it to exist.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
