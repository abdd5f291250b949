// ESLint (flat config), run by `make lint` next to ruff: `node_modules/.bin/eslint .`
//
// The browser code (browser/<name>/*.js, joined into assets/javascripts/<name>.js by
// wegwijzer/scripts.py, and overrides/assets/javascripts/*.js) is plain ES5 scripts that
// the site serves as they are, without a bundler, so they also run on old phones: parsed
// as ES5 scripts with the browser's globals. nu-open.js and zoek-pipeline.js also export
// themselves to the node test helpers in tests/js when `module` exists.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  { ignores: ["site/", ".venv/", ".venv-*/", "generated/", "benchmarks/out/"] },
  js.configs.recommended,
  {
    files: ["browser/**/*.js", "overrides/assets/javascripts/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      // ES5 syntax, but the built-in objects of newer browsers that the scripts use
      globals: { ...globals.browser, Promise: "readonly", Intl: "readonly" },
    },
    rules: {
      // ES5 has no `catch {}`: a catch clause names its error even when it does not use it
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
  {
    files: [
      "overrides/assets/javascripts/nu-open.js",
      "overrides/assets/javascripts/zoek-pipeline.js",
    ],
    languageOptions: { globals: { module: "readonly" } },
  },
  {
    files: ["tests/js/**/*.cjs", "eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["tests/js/**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
];
