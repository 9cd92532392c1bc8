import { z } from "zod";

/**
 * The pane runs under a Content-Security-Policy without eval: zod must not even probe for its
 * compiled fast path (the probe alone is reported as a violation). Imported first, before any
 * module builds a schema.
 */
z.config({ jitless: true });
